package vn.bulletin.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScratchFilesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        ".index.md.swp",
        ".index.md.swo",
        "index.md.swp",
        "index.md~",
        ".#index.md",
        "#index.md#",
        "4913",
        "index.md___jb_tmp___",
        "index.md___jb_old___",
        ".goutputstream-X1Y2Z3",
        "index.md.kate-swp",
        "sedAb12Cd",
        "~$bai.docx",
        "Thumbs.db",
        ".DS_Store",
        ".git",
        "anh.tmp"
      })
  void editorsScratchFilesStartNoBuild(String name) {
    assertThat(ScratchFiles.matches(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.md",
        "ham-can.md",
        "anh-1.jpg",
        "2024",
        "4913.jpg",
        "layout.ftlh",
        "style.css",
        "sed.md",
        "sedimentation",
        "bulletin.yaml",
        "tin-tức.md"
      })
  void realFilesDo(String name) {
    assertThat(ScratchFiles.matches(name)).isFalse();
  }
}
