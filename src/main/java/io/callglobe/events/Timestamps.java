package io.callglobe.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 timestamps as the bus sends them. The usual {@code 2012-09-28T16:09:07Z} form is decoded by hand
 * because java.time's formatter dominates the cost of parsing an event; anything else (offsets, fractions)
 * goes through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}.
 */
final class Timestamps {

    private static final int PLAIN_UTC_LENGTH = "2012-09-28T16:09:07Z".length();

    private Timestamps() {
    }

    /** @throws DateTimeParseException when the text is not an ISO-8601 date-time with a zone offset */
    static Instant parse(String text) {
        if (text.length() == PLAIN_UTC_LENGTH && isPlainUtc(text)) {
            long days = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeParseException("Time out of range", text, 11);
            }
            return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
        }
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static boolean isPlainUtc(String text) {
        for (int i = 0; i < PLAIN_UTC_LENGTH - 1; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return text.charAt(PLAIN_UTC_LENGTH - 1) == 'Z';
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
