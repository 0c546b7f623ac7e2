package io.callglobe.cli;

import io.callglobe.encode.EncoderBackend;
import io.callglobe.geo.GeoPoint;
import picocli.CommandLine;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for option values, each failing with a message that says what was expected. */
final class Converters {
    private Converters() {
    }

    record FrameSize(int width, int height) {
    }

    static final class Size implements CommandLine.ITypeConverter<FrameSize> {
        @Override
        public FrameSize convert(String value) {
            Matcher m = Pattern.compile("(\\d{2,5})[xX](\\d{2,5})").matcher(value.trim());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("expected WIDTHxHEIGHT such as 1280x720, got '"
                        + value + "'");
            }
            int width = Integer.parseInt(m.group(1));
            int height = Integer.parseInt(m.group(2));
            if (width % 2 != 0 || height % 2 != 0) {
                throw new CommandLine.TypeConversionException("H.264 needs an even width and height, got "
                        + value);
            }
            return new FrameSize(width, height);
        }
    }

    static final class LatLon implements CommandLine.ITypeConverter<GeoPoint> {
        @Override
        public GeoPoint convert(String value) {
            String[] parts = value.split(",");
            try {
                if (parts.length == 2) {
                    return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            throw new CommandLine.TypeConversionException("expected LAT,LON in degrees such as 38.7,-9.1, got '"
                    + value + "'");
        }
    }

    /** ISO-8601 instants, with an offset or Z: 2026-11-20T15:30:00Z. */
    static final class Time implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected an ISO-8601 instant such as "
                        + "2026-11-20T15:30:00Z, got '" + value + "'");
            }
        }
    }

    /**
     * An instant as {@link Time} reads it, or a time without an offset for the --tz zone: 2026-11-20T15:30,
     * 2026-11-20 15:30:00, or a date alone for its midnight.
     */
    static final class ZoneTime implements CommandLine.ITypeConverter<TimeArgument> {
        private static final Pattern DATE_SPACE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d)");

        @Override
        public TimeArgument convert(String value) {
            String text = DATE_SPACE_TIME.matcher(value.trim()).replaceFirst("$1T$2");
            try {
                return TimeArgument.of(value, OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return TimeArgument.of(value, text.contains("T") ? LocalDateTime.parse(text)
                            : LocalDate.parse(text).atStartOfDay());
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("expected an ISO-8601 time such as "
                            + "2026-11-20T15:30:00Z, or 2026-11-20T15:30 in the --tz zone, got '" + value + "'");
                }
            }
        }
    }

    /** 90s, 2m, 1h30m, 1.5h, 30d, or ISO-8601 (PT90S). */
    static final class Span implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([dhms])");

        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            if (text.startsWith("pt")) {
                return positive(Duration.parse(text.toUpperCase(Locale.ROOT)), value);
            }
            Matcher m = PART.matcher(text);
            double seconds = 0;
            int end = 0;
            while (m.find() && m.start() == end) {
                double amount = Double.parseDouble(m.group(1));
                seconds += amount * switch (m.group(2)) {
                    case "d" -> 86_400;
                    case "h" -> 3600;
                    case "m" -> 60;
                    default -> 1;
                };
                end = m.end();
            }
            if (end == 0 || end != text.length()) {
                throw new CommandLine.TypeConversionException("expected a duration such as 90s, 2m, 1h30m or 7d, got '"
                        + value + "'");
            }
            return positive(Duration.ofMillis(Math.round(seconds * 1000)), value);
        }

        /** Whole seconds, written the way {@link #convert} reads them: 45s, 2m30s, 1h5m. */
        static String format(Duration duration) {
            long seconds = Math.round(duration.toMillis() / 1000.0);
            StringBuilder text = new StringBuilder();
            if (seconds >= 3600) {
                text.append(seconds / 3600).append('h');
            }
            if (seconds % 3600 >= 60) {
                text.append(seconds % 3600 / 60).append('m');
            }
            if (seconds % 60 != 0 || seconds == 0) {
                text.append(seconds % 60).append('s');
            }
            return text.toString();
        }

        private static Duration positive(Duration duration, String value) {
            if (duration.isNegative() || duration.isZero()) {
                throw new CommandLine.TypeConversionException("the duration must be positive, got '" + value + "'");
            }
            return duration;
        }
    }

    /** Whole days, at least one, as a {@link Span}: 30d, or 720h. */
    static final class WholeDays implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            Duration span = new Span().convert(value);
            if (span.toDays() < 1 || !span.equals(Duration.ofDays(span.toDays()))) {
                throw new CommandLine.TypeConversionException("expected whole days such as 30d, got '" + value
                        + "'");
            }
            return Math.toIntExact(span.toDays());
        }
    }

    /** An {@link EncoderBackend} by name, in any case: ffmpeg, humble. */
    static final class Backend implements CommandLine.ITypeConverter<EncoderBackend> {
        @Override
        public EncoderBackend convert(String value) {
            try {
                return EncoderBackend.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected one of "
                        + Arrays.toString(EncoderBackend.values()) + ", got '" + value + "'");
            }
        }
    }

    /** Calls per minute, or per second or hour with a unit: 60, 60/min, 2/s, 3000/h; returned per hour. */
    static final class Rate implements CommandLine.ITypeConverter<Double> {
        private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:/(s|min|h))?");

        @Override
        public Double convert(String value) {
            Matcher m = RATE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
                throw new CommandLine.TypeConversionException("expected a positive rate of calls such as 60 (per "
                        + "minute), 2/s or 3000/h, got '" + value + "'");
            }
            double perHour = m.group(2) == null || m.group(2).equals("min") ? 60 : m.group(2).equals("s") ? 3600 : 1;
            return Double.parseDouble(m.group(1)) * perHour;
        }
    }

    /** HOST:PORT, [IPv6]:PORT, or a bare PORT on the loopback address; port 0 picks a free one. */
    static final class Listen implements CommandLine.ITypeConverter<InetSocketAddress> {
        private static final Pattern FORM = Pattern.compile("(?:(\\[[0-9a-fA-F:.]+]|[^:\\[\\]]+):)?(\\d{1,5})");

        @Override
        public InetSocketAddress convert(String value) {
            Matcher m = FORM.matcher(value.trim());
            int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (port < 0 || port > 65535) {
                throw new CommandLine.TypeConversionException("expected HOST:PORT or PORT such as 127.0.0.1:8080, "
                        + "got '" + value + "'");
            }
            String host = m.group(1) == null ? "127.0.0.1" : m.group(1).replaceAll("^\\[|]$", "");
            InetSocketAddress address = new InetSocketAddress(host, port);
            if (address.isUnresolved()) {
                throw new CommandLine.TypeConversionException("cannot resolve the host in '" + value + "'");
            }
            return address;
        }
    }

    static final class Zone implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.trim());
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("unknown time zone '" + value
                        + "'; use an IANA name such as Europe/Lisbon, or UTC");
            }
        }
    }
}
