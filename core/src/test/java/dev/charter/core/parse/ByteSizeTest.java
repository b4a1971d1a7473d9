package dev.charter.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1048576,  1048576",
    "512k,     524288",
    "512KB,    524288",
    "50MB,     52428800",
    "50 MiB,   52428800",
    "2g,       2147483648",
    "10b,      10",
    "' 7 ',    7",
  })
  void readsNumbersWithBinaryUnits(String text, long bytes) {
    assertThat(ByteSize.parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"1b2", "b", "12x", "1.5MB", "-1", "MB", "", "1kk"})
  void refusesWhatIsNotASize(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a size");
  }

  @Test
  void refusesZeroAndSizesTooLargeToCount() {
    assertThatThrownBy(() -> ByteSize.parse("0")).hasMessageContaining("not a positive size");
    assertThatThrownBy(() -> ByteSize.parse("99999999999999G")).hasMessageContaining("too large");
    assertThatThrownBy(() -> ByteSize.parse("99999999999999999999")).hasMessageContaining("too large");
  }
}
