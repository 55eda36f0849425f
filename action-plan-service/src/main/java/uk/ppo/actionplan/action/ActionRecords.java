package uk.ppo.actionplan.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.priority.PriorityRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/** API types of actions: request and response kept apart, never the entity. */
public final class ActionRecords {

    /** AR1, L10, VC2.1; or as source 001 writes some: ASB 1, EP (a). */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9/.-]{0,11}|[A-Z]{1,4} [0-9]{1,3}|[A-Z]{1,4} \\([a-z]\\)";
    /** The longest code the pattern allows, as action.code stores it (varchar(12)). */
    public static final int CODE_MAX = 12;
    public static final String CODE_RULE = "must be 1 to 12 capital letters, digits, '/', '.' or '-', starting with a letter, such as AR1; "
            + "or letters, a space and a number or a letter in brackets, such as ASB 1 or EP (a)";

    private ActionRecords() {
    }

    @Schema(name = "ActionLead", description = "Who leads the action")
    public record LeadBody(
            @NotBlank @Size(max = 120) @Schema(example = "Probation") String organisation,
            @Size(max = 120) @Schema(example = "PPO Offender Manager") String jobTitle,
            @Size(max = 120) @Schema(example = "Head of Offender Management, Hastings") String reportingOfficer) {

        Lead toLead() {
            return new Lead(organisation.strip(), blankToNull(jobTitle), blankToNull(reportingOfficer));
        }

        static LeadBody of(Lead lead) {
            return new LeadBody(lead.organisation(), lead.jobTitle(), lead.reportingOfficer());
        }
    }

    @Schema(name = "ActionCost", description = "An amount in pence, or a note such as \"officer time\" or \"budget tbc\"; not both")
    public record CostBody(
            @PositiveOrZero @Max(value = CostBody.MAX_PENCE, message = "must be at most 10000000000 (£100 million)")
            @Schema(example = "50000") Long amountPence,
            @Size(max = 200) @Schema(example = "officer time") String note) {

        /** £100 million: more than any one action of a partnership plan costs. */
        static final long MAX_PENCE = 10_000_000_000L;

        static CostBody of(Cost cost) {
            return cost == null ? null : new CostBody(cost.amountPence(), cost.note());
        }
    }

    @Schema(name = "CreateAction", description = "A new action under one of the plan's priorities")
    public record CreateAction(
            @NotNull @Pattern(regexp = PriorityRecords.CODE_PATTERN, message = "must be the code of one of the plan's priorities, such as AR")
            @Size(max = PriorityRecords.CODE_MAX) @Schema(example = "AR") String priorityCode,
            @NotNull @Pattern(regexp = CODE_PATTERN, message = ActionRecords.CODE_RULE) @Size(max = CODE_MAX)
            @Schema(description = "Unique in the plan", example = "AR1") String code,
            @NotBlank @Size(max = 2000)
            @Schema(example = "Ensure every PPO released from custody has suitable accommodation on release") String text,
            @NotNull @Valid LeadBody lead,
            @Valid CostBody cost,
            @Schema(description = "When the action should be complete", example = "2011-03-31") LocalDate completionDue) {
    }

    @Schema(name = "ReviseAction", description = "New wording, lead, cost or completion date of an action")
    public record ReviseAction(
            @NotBlank @Size(max = 2000) String text,
            @NotNull @Valid LeadBody lead,
            @Valid CostBody cost,
            LocalDate completionDue) {
    }

    @Schema(name = "CompleteAction", description = "The day the action was completed")
    public record CompleteAction(@NotNull @Schema(example = "2011-02-14") LocalDate on) {
    }

    @Schema(name = "WithdrawAction", description = "The partnership drops an action: why, and from which day")
    public record WithdrawAction(
            @NotBlank @Size(max = 1000) @Schema(example = "Superseded by AR1: the IOM model takes over the accommodation pathway") String reason,
            @NotNull @Schema(description = "The day it was withdrawn; not in the future", example = "2010-09-30") LocalDate on) {
    }

    @Schema(name = "Action")
    public record ActionView(
            UUID id,
            @Schema(example = "AR1") String code,
            @Schema(example = "AR") String priorityCode,
            String text,
            LeadBody lead,
            CostBody cost,
            LocalDate completionDue,
            @Schema(example = "OPEN") ActionStatus status,
            LocalDate completedOn,
            @Schema(description = "Set when WITHDRAWN", example = "2010-09-30") LocalDate withdrawnOn,
            @Schema(description = "Why the action was withdrawn; set when WITHDRAWN") String withdrawalReason,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            String createdBy) {

        public static ActionView of(Action a, String priorityCode) {
            return new ActionView(a.id(), a.code(), priorityCode, a.text(), LeadBody.of(a.lead()), CostBody.of(a.cost()),
                    a.completionDue(), a.status(), a.completedOn(), a.withdrawnOn(), a.withdrawalReason(), a.version(), a.createdAt(), a.createdBy());
        }
    }
}
