package vn.bulletin.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises itself (a header too large, a malformed request line, an ambiguous URI)
 * answer in the same JSON as ours, and never with a stack trace or the server's version.
 */
final class JsonErrorHandler implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s
            ? s
            : response.getStatus();
    String reason = HttpStatus.getMessage(status);
    Responses.error(
        response,
        callback,
        status,
        reason == null ? "error " + status : reason.toLowerCase(java.util.Locale.ROOT));
    return true;
  }
}
