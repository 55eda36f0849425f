package uk.ppo.offender.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four standards' clocks (003 section 7) with the bank holiday calendar the migration seeds. */
class StandardClockTest {

    static final Set<LocalDate> HOLIDAYS = new HashSet<>();

    /** The calendar exactly as V11 seeds it (years and days read from the migration, so the two cannot drift). */
    static final WorkingDayCalendar CALENDAR = seededCalendar();

    static WorkingDayCalendar seededCalendar() {
        String sql;
        try (InputStream in = StandardClockTest.class.getResourceAsStream("/db/migration/V11__service_standards.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher years = Pattern.compile("generate_series\\((\\d{4}), (\\d{4})\\)").matcher(sql);
        assertTrue(years.find());
        Set<Integer> covered = new HashSet<>();
        for (int y = Integer.parseInt(years.group(1)); y <= Integer.parseInt(years.group(2)); y++) {
            covered.add(y);
        }
        String days = sql.substring(sql.indexOf("INSERT INTO bank_holiday (holiday_on"));
        Matcher date = Pattern.compile("'(\\d{4}-\\d{2}-\\d{2})'").matcher(days);
        Set<LocalDate> holidays = new HashSet<>();
        while (date.find()) {
            holidays.add(LocalDate.parse(date.group(1)));
        }
        HOLIDAYS.addAll(holidays);
        return new WorkingDayCalendar(holidays, covered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                    | unit          | n  | clock start          | clock stop           | report date          | outcome | late by
            FTA warrant Thu 24 Dec 2026, notified Tue 29 Dec: on time  | WORKING_DAYS  | 1  | 2026-12-24T11:00:00Z | 2026-12-29T16:30:00Z | 2027-01-15T00:00:00Z | WITHIN  |
            FTA warrant Thu 24 Dec 2026, notified Wed 30 Dec: late 1   | WORKING_DAYS  | 1  | 2026-12-24T11:00:00Z | 2026-12-30T09:00:00Z | 2027-01-15T00:00:00Z | LATE    | 1
            FTA warrant Thu 24 Dec 2026, still open Mon 4 Jan: late 3  | WORKING_DAYS  | 1  | 2026-12-24T11:00:00Z |                      | 2027-01-04T10:00:00Z | LATE    | 3
            FTA warrant Thu 24 Dec 2026, open on 28 Dec: pending       | WORKING_DAYS  | 1  | 2026-12-24T11:00:00Z |                      | 2026-12-28T10:00:00Z | PENDING |
            FTA warrant Fri 6 Nov 2026, notified Mon 9 Nov: on time    | WORKING_DAYS  | 1  | 2026-11-06T15:00:00Z | 2026-11-09T17:00:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            FTA warrant Fri 6 Nov 2026, notified Tue 10 Nov: late 1    | WORKING_DAYS  | 1  | 2026-11-06T15:00:00Z | 2026-11-10T08:00:00Z | 2026-12-01T00:00:00Z | LATE    | 1
            FTA warrant Sat 7 Nov 2026, notified Mon 9 Nov: on time    | WORKING_DAYS  | 1  | 2026-11-07T10:00:00Z | 2026-11-09T10:00:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            FTA warrant Fri 6 Nov 2026, notified Sat 14 Nov: late 4    | WORKING_DAYS  | 1  | 2026-11-06T15:00:00Z | 2026-11-14T10:00:00Z | 2026-12-01T00:00:00Z | LATE    | 4
            Easter: warrant Thu 2 Apr 2026, notified Tue 7 Apr         | WORKING_DAYS  | 1  | 2026-04-02T09:00:00Z | 2026-04-07T15:00:00Z | 2026-05-01T00:00:00Z | WITHIN  |
            Easter: warrant Thu 2 Apr 2026, notified Wed 8 Apr         | WORKING_DAYS  | 1  | 2026-04-02T09:00:00Z | 2026-04-08T08:00:00Z | 2026-05-01T00:00:00Z | LATE    | 1
            Easter: warrant Thu 25 Mar 2027, notified Tue 30 Mar       | WORKING_DAYS  | 1  | 2027-03-25T09:00:00Z | 2027-03-30T15:00:00Z | 2027-05-01T00:00:00Z | WITHIN  |
            VE day: warrant Thu 7 May 2020, notified Mon 11 May        | WORKING_DAYS  | 1  | 2020-05-07T09:00:00Z | 2020-05-11T15:00:00Z | 2020-06-01T00:00:00Z | WITHIN  |
            Jubilee: warrant Wed 1 Jun 2022, notified Mon 6 Jun        | WORKING_DAYS  | 1  | 2022-06-01T09:00:00Z | 2022-06-06T15:00:00Z | 2022-07-01T00:00:00Z | WITHIN  |
            State funeral: warrant Fri 16 Sep 2022, notified Tue 20 Sep| WORKING_DAYS  | 1  | 2022-09-16T09:00:00Z | 2022-09-20T15:00:00Z | 2022-10-01T00:00:00Z | WITHIN  |
            Coronation: warrant Fri 5 May 2023, notified Tue 9 May     | WORKING_DAYS  | 1  | 2023-05-05T09:00:00Z | 2023-05-09T15:00:00Z | 2023-06-01T00:00:00Z | WITHIN  |
            Coronation: warrant Fri 5 May 2023, notified Mon 8 May     | WORKING_DAYS  | 1  | 2023-05-05T09:00:00Z | 2023-05-08T15:00:00Z | 2023-06-01T00:00:00Z | WITHIN  |
            Warrant Fri 31 Dec 2027 needs 2028: unmeasured             | WORKING_DAYS  | 1  | 2027-12-31T09:00:00Z | 2028-01-04T15:00:00Z | 2028-02-01T00:00:00Z | UNMEASURED |
            Warrant in 2019, before the calendar: unmeasured           | WORKING_DAYS  | 1  | 2019-06-03T09:00:00Z | 2019-06-04T15:00:00Z | 2020-02-01T00:00:00Z | UNMEASURED |
            Bail decision communicated after exactly 24 hours          | HOURS         | 24 | 2026-11-02T14:00:00Z | 2026-11-03T14:00:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            Bail decision communicated a minute after 24 hours         | HOURS         | 24 | 2026-11-02T14:00:00Z | 2026-11-03T14:01:00Z | 2026-12-01T00:00:00Z | LATE    | 1
            Bail decision communicated after 49 hours: late 25         | HOURS         | 24 | 2026-11-02T14:00:00Z | 2026-11-04T15:00:00Z | 2026-12-01T00:00:00Z | LATE    | 25
            Bail decision over the clocks going back: 24 real hours    | HOURS         | 24 | 2026-10-24T12:00:00Z | 2026-10-25T12:00:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            Bail decision not communicated, 30 hours on: late 6        | HOURS         | 24 | 2026-11-02T14:00:00Z |                      | 2026-11-03T20:00:00Z | LATE    | 6
            Bail decision not communicated, 23 hours on: pending       | HOURS         | 24 | 2026-11-02T14:00:00Z |                      | 2026-11-03T13:00:00Z | PENDING |
            Sentence Mon 2 Nov 2026, plan Sat 7 Nov: within five days  | CALENDAR_DAYS | 5  | 2026-11-02T11:00:00Z | 2026-11-07T10:00:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            Sentence Mon 2 Nov 2026, plan Sun 8 Nov: late 1            | CALENDAR_DAYS | 5  | 2026-11-02T11:00:00Z | 2026-11-08T10:00:00Z | 2026-12-01T00:00:00Z | LATE    | 1
            Sentence Mon 2 Nov 2026, no plan 6 days on: late 1         | CALENDAR_DAYS | 5  | 2026-11-02T11:00:00Z |                      | 2026-11-08T09:00:00Z | LATE    | 1
            Sentence Mon 2 Nov 2026, no plan 4 days on: pending        | CALENDAR_DAYS | 5  | 2026-11-02T11:00:00Z |                      | 2026-11-06T09:00:00Z | PENDING |
            Case result 1 Oct 2026, recorded at midnight UK: late 1    | CALENDAR_DAYS | 7  | 2026-10-01T16:00:00Z | 2026-10-08T23:00:00Z | 2026-12-01T00:00:00Z | LATE    | 1
            Case result 1 Oct 2026 recorded 8 Oct (UK): within 7 days  | CALENDAR_DAYS | 7  | 2026-10-01T16:00:00Z | 2026-10-08T22:59:00Z | 2026-12-01T00:00:00Z | WITHIN  |
            Case result 1 Oct 2026 recorded 9 Oct: late 1              | CALENDAR_DAYS | 7  | 2026-10-01T16:00:00Z | 2026-10-09T12:00:00Z | 2026-12-01T00:00:00Z | LATE    | 1
            Case result 1 Nov 2026 recorded 30 Nov: late 22            | CALENDAR_DAYS | 7  | 2026-11-01T16:00:00Z | 2026-11-30T12:00:00Z | 2026-12-01T00:00:00Z | LATE    | 22
            """)
    void measuresTheClock(String name, StandardClock.Unit unit, int amount, Instant start, Instant stop, Instant asOf,
                          StandardClock.Outcome outcome, Integer lateBy) {
        StandardClock.Measure m = StandardClock.measure(new StandardClock.Limit(amount, unit), start, stop, asOf, CALENDAR);
        assertEquals(outcome, m.outcome(), name);
        assertEquals(lateBy, m.lateBy(), name);
    }

    @Test
    void theDueByOfTheChristmasWarrantIsTheEndOfTuesday29DecemberAndAnUnmeasuredClockNamesTheMissingYear() {
        StandardClock.Measure m = StandardClock.measure(new StandardClock.Limit(1, StandardClock.Unit.WORKING_DAYS),
                Instant.parse("2026-12-24T11:00:00Z"), null, Instant.parse("2026-12-29T12:00:00Z"), CALENDAR);
        assertEquals(Instant.parse("2026-12-29T23:59:59.999999999Z"), m.dueBy());
        StandardClock.Measure outside = StandardClock.measure(new StandardClock.Limit(1, StandardClock.Unit.WORKING_DAYS),
                Instant.parse("2027-12-31T09:00:00Z"), null, Instant.parse("2028-01-10T12:00:00Z"), CALENDAR);
        assertEquals(2028, outside.missingYear());
        assertFalse(outside.late());
    }

    @Test
    void theSeededCalendarHoldsEnglandAndWalesBankHolidays2020To2027WithSubstituteAndOneOffDays() {
        Map<Integer, Long> perYear = HOLIDAYS.stream().collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(2020, 8L, 2021, 8L, 2022, 10L, 2023, 9L, 2024, 8L, 2025, 8L, 2026, 8L, 2027, 8L), perYear);
        for (String day : new String[] {"2020-05-08", "2022-06-03", "2022-09-19", "2023-05-08", "2026-12-28", "2027-12-27", "2027-12-28"}) {
            assertFalse(CALENDAR.isWorkingDay(LocalDate.parse(day)), day);
        }
        assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2026-12-29")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-12-26")), "a Saturday");
        assertThrows(WorkingDayCalendar.OutsideCalendar.class, () -> CALENDAR.isWorkingDay(LocalDate.parse("2028-01-04")));
    }
}
