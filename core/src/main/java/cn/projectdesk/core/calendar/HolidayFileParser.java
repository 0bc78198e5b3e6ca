package cn.projectdesk.core.calendar;

import cn.projectdesk.core.schedule.HolidayDay;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a year of holidays in the holiday-cn form ({@code {"year": 2028, "days": [{"name", "date",
 * "isOffDay"}]}}) with a streaming parser, so that every problem can name its line. All problems are
 * collected; any problem rejects the whole file.
 */
public final class HolidayFileParser {
    private final JsonFactory factory = new JsonFactory();

    public record Parsed(int year, List<HolidayDay> days) {
    }

    public Parsed parse(String fileName, InputStream in) {
        List<HolidayFileProblem> problems = new ArrayList<>();
        List<Located> days = new ArrayList<>();
        int year = -1;
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw reject(fileName, line(p), "holidays.notAnObject", "");
            }
            boolean sawDays = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("year".equals(field)) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 2000 || p.getIntValue() > 2100) {
                        problems.add(new HolidayFileProblem(line(p), "holidays.badYear", p.getText()));
                    } else {
                        year = p.getIntValue();
                    }
                } else if ("days".equals(field) && value == JsonToken.START_ARRAY) {
                    sawDays = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        readDay(p, days, problems);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (year < 0 && problems.isEmpty()) {
                problems.add(new HolidayFileProblem(line(p), "holidays.missingYear", ""));
            }
            if (!sawDays) {
                problems.add(new HolidayFileProblem(line(p), "holidays.missingDays", ""));
            }
        } catch (JsonParseException e) {
            problems.add(new HolidayFileProblem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "holidays.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new HolidayFileProblem(0, "holidays.unreadable", e.getMessage()));
        }
        checkDays(year, days, problems);
        if (!problems.isEmpty()) {
            throw new HolidayFileException(fileName, problems);
        }
        return new Parsed(year, days.stream().map(Located::day).toList());
    }

    /** A day and the line its object starts on. */
    private record Located(HolidayDay day, int line) {
    }

    private static void readDay(JsonParser p, List<Located> days, List<HolidayFileProblem> problems) throws IOException {
        int at = line(p);
        String name = null;
        String date = null;
        Boolean off = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "date" -> date = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "isOffDay" -> off = value.isBoolean() ? p.getBooleanValue() : null;
                default -> p.skipChildren();
            }
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new HolidayFileProblem(at, "holidays.badName", String.valueOf(name)));
        } else if (off == null) {
            problems.add(new HolidayFileProblem(at, "holidays.badOffDay", name));
        } else {
            try {
                days.add(new Located(new HolidayDay(LocalDate.parse(String.valueOf(date)), name, off), at));
            } catch (DateTimeParseException e) {
                problems.add(new HolidayFileProblem(at, "holidays.badDate", String.valueOf(date)));
            }
        }
    }

    /** Days belong to the file's year (a make-up workday may fall at the end of the year before). */
    private static void checkDays(int year, List<Located> days, List<HolidayFileProblem> problems) {
        Set<LocalDate> seen = new HashSet<>();
        for (Located located : days) {
            HolidayDay d = located.day();
            boolean inYear = d.date().getYear() == year || d.date().getYear() == year - 1 && !d.offDay();
            if (year > 0 && !inYear) {
                problems.add(new HolidayFileProblem(located.line(), "holidays.wrongYear", d.date().toString()));
            }
            if (!seen.add(d.date())) {
                problems.add(new HolidayFileProblem(located.line(), "holidays.duplicate", d.date().toString()));
            }
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static HolidayFileException reject(String file, int line, String key, String detail) {
        return new HolidayFileException(file, List.of(new HolidayFileProblem(line, key, detail)));
    }
}
