package cn.projectdesk.core.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * China's statutory holidays and make-up workdays as published by the State Council, shipped in
 * resources/holidays/cn/YYYY.json (holiday-cn format) for 2007-2027.
 */
public final class StatutoryHolidays {
    public static final int FIRST_YEAR = 2007;
    public static final int LAST_YEAR = 2027;
    private static final List<HolidayDay> CHINA = load();

    private StatutoryHolidays() {
    }

    public static List<HolidayDay> china() {
        return CHINA;
    }

    private static List<HolidayDay> load() {
        ObjectMapper json = new ObjectMapper();
        List<HolidayDay> days = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String resource = "/holidays/cn/" + year + ".json";
            try (InputStream in = StatutoryHolidays.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                for (JsonNode day : json.readTree(in).path("days")) {
                    days.add(new HolidayDay(LocalDate.parse(day.path("date").asText()), day.path("name").asText(),
                            day.path("isOffDay").asBoolean()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return List.copyOf(days);
    }
}
