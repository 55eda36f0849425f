package uk.ppo.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of the plan resource: request and response kept apart, never the entity. */
final class PlanRecords {

    private PlanRecords() {
    }

    @Schema(name = "CreatePlan", description = "A new partnership plan, created as a DRAFT")
    record CreatePlan(
            @NotBlank @Size(max = 200)
            @Schema(example = "East Sussex Community Safety Agreement 2010/11")
            String title,
            @NotBlank @Size(max = 200)
            @Schema(description = "The community safety partnership that owns the plan", example = "East Sussex")
            String partnership,
            @NotNull @FinancialYear
            @Schema(description = "Financial year, the start year and the next year's last two digits",
                    example = "2010/11", pattern = "^\\d{4}/\\d{2}$")
            String financialYear) {
    }

    @Schema(name = "Plan")
    record PlanView(
            @Schema(example = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001") UUID id,
            @Schema(example = "East Sussex Community Safety Agreement 2010/11") String title,
            @Schema(example = "East Sussex") String partnership,
            @Schema(example = "2010/11") String financialYear,
            @Schema(example = "DRAFT") PlanStatus status,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            @Schema(example = "cora.coordinator") String createdBy) {

        static PlanView of(Plan p) {
            return new PlanView(p.id(), p.title(), p.partnership(), p.financialYear(), p.status(), p.version(),
                    p.createdAt(), p.createdBy());
        }
    }
}
