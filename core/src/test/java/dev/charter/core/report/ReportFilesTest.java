package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void writesWholeFilesIntoNewFoldersAndLeavesNoTemporaryFile() throws Exception {
    Path report = dir.resolve("out/nested/report.sarif");
    ReportFiles.writeAll(Map.of(report, "first\n"));
    ReportFiles.writeAll(Map.of(report, "second \u00fc\n"));
    assertThat(report).hasContent("second \u00fc\n");
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void reportsGetThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path report = dir.resolve("report.json");
    ReportFiles.writeAll(Map.of(report, "{}\n"));
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aFileWhereAFolderMustBeIsNamedAsSuch() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.1.0\n");
    assertThatThrownBy(() -> ReportFiles.writeAll(Map.of(notAFolder.resolve("lint.json"), "{}\n")))
        .isInstanceOf(IOException.class)
        .hasMessage(notAFolder + " is not a folder");
    assertThat(notAFolder).hasContent("openapi: 3.1.0\n");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughNotReplaced() throws Exception {
    // As /dev/stdout is: renaming over it would replace the link (or, as root, a device) by a file.
    Path target = Files.writeString(dir.resolve("target.json"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    ReportFiles.writeAll(Map.of(link, "{}\n"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("{}\n");
  }

  @Test
  void aFolderIsNotAReport() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("reports"));
    assertThatThrownBy(() -> ReportFiles.writeAll(Map.of(folder, "{}\n"))).hasMessage(folder + " is a folder");
    assertThat(folder).isDirectory();
  }

  @Test
  void severalReportsAreWrittenAllOrNone() throws IOException {
    Path first = Files.writeString(dir.resolve("lint.sarif"), "old\n");
    Path notAFolder = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.1.0\n");
    Map<Path, String> reports = new LinkedHashMap<>();
    reports.put(first, "new\n");
    reports.put(notAFolder.resolve("lint.json"), "{}\n");
    assertThatThrownBy(() -> ReportFiles.writeAll(reports))
        .isInstanceOfSatisfying(ReportFiles.WriteFailure.class,
            f -> assertThat(f.file()).isEqualTo(notAFolder.resolve("lint.json")));
    assertThat(first).hasContent("old");
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file is left").containsExactlyInAnyOrder(first, notAFolder);
    }
  }
}
