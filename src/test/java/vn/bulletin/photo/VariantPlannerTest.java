package vn.bulletin.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantPlannerTest {
  private final VariantPlanner planner = new VariantPlanner(PhotoSettings.DEFAULT);

  @Test
  void aCameraPhotoGetsEveryWidthAndCentredCovers() {
    VariantSet set = planner.plan("tin/a/anh-1.jpg", 4000, 3000, PhotoFormat.JPEG);

    assertThat(set.resized())
        .extracting(Variant::sitePath)
        .containsExactly("tin/a/anh-1-480.jpg", "tin/a/anh-1-800.jpg", "tin/a/anh-1-1200.jpg");
    assertThat(set.largest().height()).isEqualTo(900);
    // 4:3 cut to 3:2 keeps the full width and the middle 2667 rows.
    assertThat(set.covers())
        .containsExactly(
            new Variant("tin/a/anh-1-360x240.jpg", 360, 240, 0, 166, 4000, 2667, PhotoFormat.JPEG),
            new Variant("tin/a/anh-1-720x480.jpg", 720, 480, 0, 166, 4000, 2667, PhotoFormat.JPEG));
  }

  @Test
  void noCopyIsWiderThanThePhoto() {
    VariantSet set = planner.plan("anh.png", 1000, 2000, PhotoFormat.PNG);

    assertThat(set.resized()).extracting(Variant::width).containsExactly(480, 800, 1000);
    assertThat(set.covers()).extracting(Variant::width).containsExactly(360, 720);
    assertThat(set.covers().get(0).cropHeight()).isEqualTo(667);
    assertThat(set.covers().get(0).cropY()).isEqualTo(666);
  }

  @Test
  void aSmallPhotoIsOneCopyAtItsOwnWidth() {
    VariantSet set = planner.plan("nho.jpeg", 300, 200, PhotoFormat.JPEG);

    assertThat(set.resized())
        .containsExactly(new Variant("nho-300.jpg", 300, 200, 0, 0, 300, 200, PhotoFormat.JPEG));
    assertThat(set.covers()).extracting(Variant::sitePath).containsExactly("nho-300x200.jpg");
  }
}
