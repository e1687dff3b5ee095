package dev.schemaforge.cli;

import dev.schemaforge.validator.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} by the format's lower-case name. */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.fromId(value).orElseThrow(() -> new TypeConversionException("unknown format \""
                + value + "\"; use one of " + String.join(", ", ReportFormat.ids())));
    }
}
