package uk.ppo.offender.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.Agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The API types of the service standards: definitions, the bank holiday calendar and the report. */
public final class ServiceStandardRecords {

    private ServiceStandardRecords() {
    }

    @Schema(name = "ServiceStandardAmount", description = "An amount of time in a unit: HOURS, CALENDAR_DAYS or WORKING_DAYS"
            + " (England and Wales, bank holidays excluded)")
    public record Amount(@Schema(example = "1") Integer amount, StandardClock.Unit unit) {
        static Amount of(StandardClock.Limit limit) {
            return new Amount(limit.amount(), limit.unit());
        }
    }

    @Schema(name = "ServiceStandard", description = "One agency commitment (003 section 7). The clock starts at the"
            + " startEvent's occurredAt (any event type when null) and stops at the first stopEvent for the same person"
            + " at or after it, or, with no stopEvent, when the partner recorded the start event (recordedAt); a"
            + " recording standard counts the events its agency recorded, or every agency's when agency is null. ETag is its version.")
    public record StandardView(@Schema(example = "FTA_WARRANTS_NOTIFIED") String code, String name, String source,
                               Agency agency, EventType startEvent, EventType stopEvent, Amount limit, long version,
                               Instant updatedAt, String updatedBy) {
        static StandardView of(ServiceStandard s) {
            return new StandardView(s.code(), s.name(), s.source(), s.agency(), s.startEvent(), s.stopEvent(),
                    Amount.of(s.limit()), s.version(), s.updatedAt(), s.updatedBy());
        }
    }

    @Schema(name = "ServiceStandardLimit")
    public record LimitInput(@NotNull @Min(1) @Max(366) @Schema(example = "24") Integer amount,
                             @NotNull StandardClock.Unit unit) {
    }

    @Schema(name = "UpdateServiceStandard", description = "The whole definition; the code cannot change")
    public record UpdateStandard(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 300) String source,
                                 @Schema(description = "The owning agency; required with a stopEvent") Agency agency,
                                 @Schema(description = "Null: any event type (a recording standard only)") EventType startEvent,
                                 @Schema(description = "Null: the clock stops when the start event is recorded") EventType stopEvent,
                                 @NotNull @Valid LimitInput limit) {
    }

    @Schema(name = "BankHoliday")
    public record Holiday(@Schema(example = "2026-12-28") LocalDate date, @Schema(example = "Boxing Day (substitute day)") String name) {
    }

    @Schema(name = "BankHolidayInput")
    public record HolidayInput(@NotNull LocalDate date, @NotBlank @Size(max = 120) String name) {
    }

    @Schema(name = "BankHolidayYear", description = "A year of England and Wales bank holidays; a working-day standard"
            + " needing a year not listed is reported as unmeasured. ETag is its version.")
    public record YearView(@Schema(example = "2026") int year, long version, Instant updatedAt, String updatedBy,
                           List<Holiday> holidays) {
    }

    @Schema(name = "SetBankHolidayYear", description = "Every bank holiday of the year, as gov.uk announces them"
            + " (substitute and one-off days included); replaces the year's list")
    public record SetYear(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid HolidayInput> holidays) {
    }

    @Schema(name = "ServiceStandardReportRow", description = "Clocks of one standard started in one month (UK) for"
            + " people of one scheme (their current scheme). due = withinStandard + late + unmeasured (clocks stopped, or"
            + " past their limit at asOf); pending clocks are still within their limit; compliancePercent ="
            + " withinStandard / due, to one decimal, null when nothing is due")
    public record ReportRow(@Schema(example = "FTA_WARRANTS_NOTIFIED") String standard, Agency agency,
                            @Schema(example = "THURROCK") String scheme, @Schema(example = "2026-10") String month,
                            long due, long withinStandard, long late, long unmeasured, long pending,
                            @Schema(example = "75.0") BigDecimal compliancePercent) {
    }

    @Schema(name = "ServiceStandardLateItem", description = "A clock that stopped late, or is still open past its"
            + " limit at the report date (clockStop null). lateBy in the limit's unit (null if it needs a year the"
            + " bank holiday calendar lacks)")
    public record LateItem(UUID personId, @Schema(example = "THURROCK") String scheme, String standard, Agency agency,
                           UUID eventId, EventType event, Instant clockStart, Instant clockStop, Amount limit,
                           Instant dueBy, Amount lateBy) {
    }

    @Schema(name = "ServiceStandardReport", description = "Compliance per standard, agency, scheme and month of clock"
            + " start, and every late item (people whose processing is restricted appear only to the data protection"
            + " officer and auditors, though they are counted). missingCalendarYears: years a working-day standard needed"
            + " that the bank holiday calendar lacks (those clocks are unmeasured)")
    public record Report(@Schema(example = "2026-10") String from, @Schema(example = "2026-10") String to, Instant asOf,
                         List<ReportRow> rows, List<LateItem> lateItems, List<Integer> missingCalendarYears) {
    }

    @Schema(name = "ServiceStandardCompliance", description = "Events an agency recorded in a month (UTC), and how many"
            + " within the EVENTS_RECORDED standard (7 days of occurring)")
    public record Compliance(Agency agency, @Schema(example = "2026-10") String month, long events, long withinStandard,
                             @Schema(example = "92.5") BigDecimal compliancePercent) {
    }
}
