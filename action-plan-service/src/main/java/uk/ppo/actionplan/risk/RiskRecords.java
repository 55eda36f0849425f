package uk.ppo.actionplan.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the risk register: request and response kept apart, never the entity. */
public final class RiskRecords {

    static final int MAX_MITIGATIONS = 20;

    private RiskRecords() {
    }

    @Schema(name = "RiskOwner", description = "Who owns a risk: the organisation and the owner's job title")
    public record Owner(@Size(max = 120) @Schema(example = "Sussex Probation Area") String organisation,
                        @NotBlank @Size(max = 200) @Schema(example = "Director, East Sussex and Brighton Local Delivery Units") String jobTitle) {
    }

    @Schema(name = "RiskLink", description = "The one plan, delivery plan or project a risk is about")
    public record Link(@NotNull @Schema(example = "DELIVERY_PLAN") RiskLinkKind kind,
                       @NotNull @Schema(example = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530") UUID id) {
    }

    @Schema(name = "RiskBody", description = "Everything a partner states about a risk; an update (PUT) gives all of it again")
    record RiskBody(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotBlank @Size(max = 1000) @Schema(example = "PPOs fail to gain access to suitable accommodation") String risk,
            @Size(max = 1000) @Schema(description = "What would bring the risk about") String cause,
            @Size(max = 1000) @Schema(description = "What would follow if it happened") String effect,
            @Valid Owner owner,
            @Min(RiskRating.MIN) @Max(RiskRating.MAX) @Schema(description = "1 (rare) to 5 (almost certain); with impact, or neither", example = "4") Integer likelihood,
            @Min(RiskRating.MIN) @Max(RiskRating.MAX) @Schema(description = "1 (negligible) to 5 (severe); with likelihood, or neither", example = "3") Integer impact,
            @Size(max = MAX_MITIGATIONS) List<@NotBlank @Size(max = 1000) String> mitigations,
            @Schema(description = "OPEN when absent", example = "OPEN") RiskStatus status,
            @Schema(example = "2009-05-08") LocalDate identifiedOn,
            @Schema(description = "When the owner next reviews the risk; an OPEN risk past it is flagged", example = "2010-09-30") LocalDate reviewDate,
            @Schema(description = "The day a CLOSED risk was closed; today when absent", example = "2011-03-31") LocalDate closedOn,
            @Size(max = 2000) @Schema(description = "Why the risk was closed; required for a CLOSED risk") String closingNote,
            @Valid Link link) {
    }

    @Schema(name = "RegisteredRisk", description = "A risk on a partnership's register, scored and flagged as of a day")
    public record RiskView(
            UUID id,
            @Schema(example = "East Sussex") String partnership,
            @Schema(example = "PPOs fail to gain access to suitable accommodation") String risk,
            String cause,
            String effect,
            Owner owner,
            @Schema(example = "4") Integer likelihood,
            @Schema(example = "3") Integer impact,
            @Schema(description = "likelihood × impact, 1 to 25; absent while not assessed", example = "12") Integer score,
            @Schema(description = "LOW 1–6, MEDIUM 8–12, HIGH 15–25; absent while not assessed", example = "MEDIUM") RiskRating.Band rating,
            List<String> mitigations,
            @Schema(example = "OPEN") RiskStatus status,
            LocalDate identifiedOn,
            LocalDate reviewDate,
            @Schema(description = "OPEN and its review date is before asOf") boolean reviewOverdue,
            @Schema(description = "The day reviewOverdue was judged on", example = "2010-10-21") LocalDate asOf,
            LocalDate closedOn,
            String closingNote,
            Link link,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            @Schema(example = "cora.coordinator") String createdBy,
            Instant updatedAt,
            String updatedBy) {

        static RiskView of(Risk r, LocalDate asOf) {
            Risk.Content c = r.content();
            Integer score = r.score();
            return new RiskView(r.id(), c.partnership(), c.risk(), c.cause(), c.effect(),
                    c.ownerJobTitle() == null ? null : new Owner(c.ownerOrganisation(), c.ownerJobTitle()),
                    c.likelihood(), c.impact(), score, score == null ? null : RiskRating.band(score), c.mitigations(),
                    c.status(), c.identifiedOn(), c.reviewDate(), r.reviewOverdue(asOf), asOf, c.closedOn(), c.closingNote(),
                    c.linkKind() == null ? null : new Link(c.linkKind(), c.linkId()), r.version(), r.createdAt(), r.createdBy(),
                    r.updatedAt(), r.updatedBy());
        }
    }
}
