package vn.bulletin.pipeline;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * One stage of one build as a Flight Recorder event: its wall time, which execution samples miss
 * where a stage waits for the disk or the collector. Costs nothing unless a recording is on ({@code
 * -XX:StartFlightRecording}); {@code bench/profile} prints them.
 */
@Name("vn.bulletin.Stage")
@Label("Build stage")
@Category("bulletin")
@Description("A stage of the pipeline, from its start to its end")
final class StageEvent extends Event {
  @Label("Stage")
  final String stage;

  private StageEvent(String stage) {
    this.stage = stage;
  }

  /** An event whose clock runs from now until {@link #commit}. */
  static StageEvent start(String stage) {
    StageEvent event = new StageEvent(stage);
    event.begin();
    return event;
  }
}
