package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import vn.bulletin.photo.PhotoProblem;
import vn.bulletin.photo.Variant;
import vn.bulletin.photo.VariantMaker;
import vn.bulletin.plan.PhotoSpec;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.publish.ReleaseWriter;

/**
 * Gives the release every planned photo copy: kept from the live release when its key (the photo's
 * hash, the copy's geometry, the settings) is the same, else from the variant store, else encoded
 * now. Photos are decoded on all cores, but only as many at once as the heap holds comfortably.
 */
final class PhotoOutputs {
  /** Room one photo being decoded takes at most, a 12 MP camera photo with its scaled copies. */
  private static final long HEAP_PER_PHOTO = 192L << 20;

  /**
   * Why photos failed, by site path; which were decoded (by content path, sorted); and the keys of
   * every copy the site holds, which the variant store keeps.
   */
  record Outcome(Map<String, String> problems, List<String> encoded, Set<String> keys) {
    static final Outcome NONE = new Outcome(Map.of(), List.of(), Set.of());
  }

  private final VariantMaker maker;

  PhotoOutputs(VariantMaker maker) {
    this.maker = maker;
  }

  Outcome publish(SitePlan plan, ReleaseWriter release) {
    Map<String, String> problems = Collections.synchronizedMap(new TreeMap<>());
    List<String> encoded = Collections.synchronizedList(new ArrayList<>());
    Set<String> keys = ConcurrentHashMap.newKeySet();
    ForkJoinPool pool = new ForkJoinPool(threads());
    try {
      pool.submit(
              () ->
                  plan.photos().parallelStream()
                      .forEach(
                          photo -> {
                            try {
                              if (publish(photo, release, keys)) {
                                encoded.add(photo.record().contentPath());
                              }
                            } catch (PhotoProblem e) {
                              problems.put(photo.sitePath(), e.getMessage());
                            }
                          }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while encoding photos", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Outcome(problems, encoded.stream().sorted().toList(), Set.copyOf(keys));
  }

  // Whether the photo had to be decoded.
  private boolean publish(PhotoSpec photo, ReleaseWriter release, Set<String> keys)
      throws PhotoProblem {
    List<Variant> variants = photo.variants().all();
    List<Variant> wanted = new ArrayList<>();
    for (Variant v : variants) {
      String key = maker.key(photo.record(), v);
      keys.add(key);
      if (release.canKeep(v.sitePath(), key)) {
        release.keep(v.sitePath(), key);
      } else {
        wanted.add(v);
      }
    }
    if (wanted.isEmpty()) {
      return false;
    }
    VariantMaker.Made made = maker.make(photo.record(), photo.source(), wanted);
    made.files().forEach((v, file) -> copy(release, v, file, maker.key(photo.record(), v)));
    return made.encoded();
  }

  private static void copy(ReleaseWriter release, Variant v, Path file, String key) {
    try {
      release.copy(v.sitePath(), file, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int threads() {
    int byHeap = (int) Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_PER_PHOTO);
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byHeap));
  }
}
