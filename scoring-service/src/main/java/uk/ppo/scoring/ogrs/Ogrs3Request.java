package uk.ppo.scoring.ogrs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** OGRS3 inputs as partners send them; {@link #toInput} checks they describe a possible history. */
@Schema(name = "Ogrs3Request", description = "Give ageAtFirstSanction or firstSanctionDate")
public record Ogrs3Request(
        @NotNull Sex sex,
        @NotNull @Schema(example = "1991-07-17") LocalDate dateOfBirth,
        @NotNull @Schema(example = "2021-08-05") LocalDate currentConvictionDate,
        @NotNull @Schema(description = "Start of the follow-up period (e.g. release or sentence)", example = "2021-12-12") LocalDate followUpStart,
        @NotNull @Min(1) @Max(500) @Schema(description = "All sanctions including the current one", example = "2") Integer totalSanctions,
        @Min(10) @Max(120) @Schema(example = "21") Integer ageAtFirstSanction,
        @Schema(description = "Instead of ageAtFirstSanction", example = "2012-09-03") LocalDate firstSanctionDate,
        @NotNull OffenceGroup offenceGroup) {

    /** Checks the dates fit together and makes the model's input; field names prefixed by {@code prefix}. */
    public Ogrs3.Input toInput(String prefix, LocalDate today) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (dateOfBirth.isAfter(today)) {
            problems.add(new Problem.Violation(prefix + "dateOfBirth", "must not be in the future"));
        }
        if (currentConvictionDate.isAfter(today)) {
            problems.add(new Problem.Violation(prefix + "currentConvictionDate", "must not be in the future"));
        }
        int ageAtConviction = Ogrs3.age(dateOfBirth, currentConvictionDate);
        if (!currentConvictionDate.isAfter(dateOfBirth) || ageAtConviction < 10) {
            problems.add(new Problem.Violation(prefix + "currentConvictionDate", "the person must be at least 10 (age of criminal responsibility)"));
        }
        if (followUpStart.isBefore(currentConvictionDate)) {
            problems.add(new Problem.Violation(prefix + "followUpStart", "must not be before the current conviction"));
        }
        Integer firstAge = ageAtFirstSanction;
        if ((ageAtFirstSanction == null) == (firstSanctionDate == null)) {
            problems.add(new Problem.Violation(prefix + "ageAtFirstSanction", "give either ageAtFirstSanction or firstSanctionDate"));
        } else if (firstSanctionDate != null) {
            if (firstSanctionDate.isAfter(currentConvictionDate)) {
                problems.add(new Problem.Violation(prefix + "firstSanctionDate", "the first sanction cannot come after the current conviction"));
            }
            firstAge = Ogrs3.age(dateOfBirth, firstSanctionDate);
            if (firstSanctionDate.isBefore(dateOfBirth) || firstAge < 10) {
                problems.add(new Problem.Violation(prefix + "firstSanctionDate", "the person must have been at least 10"));
            }
        } else if (ageAtFirstSanction > ageAtConviction) {
            problems.add(new Problem.Violation(prefix + "ageAtFirstSanction",
                    "the first sanction cannot come after the current one (age " + ageAtConviction + " at conviction)"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        return new Ogrs3.Input(sex, Ogrs3.age(dateOfBirth, followUpStart), ageAtConviction, firstAge, totalSanctions, offenceGroup);
    }
}
