package vn.bulletin.photo;

/** Why a photo cannot be published, worded for the editor who dropped it in. */
public final class PhotoProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public PhotoProblem(String message) {
    super(message);
  }

  public PhotoProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
