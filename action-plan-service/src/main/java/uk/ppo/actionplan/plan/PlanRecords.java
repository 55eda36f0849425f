package uk.ppo.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of the plan resource: request and response kept apart, never the entity. */
public final class PlanRecords {

    private PlanRecords() {
    }

    @Schema(name = "CreatePlan", description = "A new partnership plan, created as a DRAFT")
    public record CreatePlan(
            @NotBlank @Size(max = 200)
            @Schema(example = "East Sussex Community Safety Agreement 2010/11")
            String title,
            @NotBlank @Size(max = 200)
            @Schema(description = "The community safety partnership that owns the plan", example = "East Sussex")
            String partnership,
            @NotNull @FinancialYear @Size(max = FinancialYear.LENGTH)
            @Schema(description = "Financial year, the start year and the next year's last two digits",
                    example = "2010/11", pattern = "^\\d{4}/\\d{2}$")
            String financialYear) {
    }

    @Schema(name = "PlanChange", description = "One change to a plan or one of its parts")
    record PlanChangeView(Instant at, @Schema(example = "cora.coordinator") String actor, @Schema(example = "coordinator") String roles,
                      @Schema(example = "council") String agency, @Schema(example = "ACTION_ADDED") String action,
                      @Schema(example = "action") String subjectType, UUID subjectId,
                      @Schema(example = "AR1: Accommodation on release") String detail, String requestId) {
    }

    @Schema(name = "Plan")
    public record PlanView(
            @Schema(example = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001") UUID id,
            @Schema(example = "East Sussex Community Safety Agreement 2010/11") String title,
            @Schema(example = "East Sussex") String partnership,
            @Schema(example = "2010/11") String financialYear,
            @Schema(example = "DRAFT") PlanStatus status,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            @Schema(example = "cora.coordinator") String createdBy,
            @Schema(description = "Who approved the plan, once approved", example = "ada.admin") String approvedBy,
            Instant approvedAt,
            @Schema(description = "Who closed the plan, once closed") String closedBy,
            Instant closedAt) {

        public static PlanView of(Plan p) {
            return new PlanView(p.id(), p.title(), p.partnership(), p.financialYear(), p.status(), p.version(),
                    p.createdAt(), p.createdBy(), p.approvedBy(), p.approvedAt(), p.closedBy(), p.closedAt());
        }
    }
}
