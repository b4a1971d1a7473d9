package dev.charter.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 50MB}, {@code 512k}, {@code 1048576}. */
final class SizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long factor = 1;
    if (v.endsWith("k")) {
      factor = 1024;
    } else if (v.endsWith("m")) {
      factor = 1024 * 1024;
    } else if (v.endsWith("g")) {
      factor = 1024L * 1024 * 1024;
    }
    if (factor > 1) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.trim()) * factor;
      if (n <= 0) {
        throw new TypeConversionException("'" + value + "' is not a positive size");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a size (try 50MB, 512k or a number of bytes)");
    }
  }
}
