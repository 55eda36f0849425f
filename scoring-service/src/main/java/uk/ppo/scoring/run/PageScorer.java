package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.scoring.asset.AssetAssessment;
import uk.ppo.scoring.asset.AssetRepository;
import uk.ppo.scoring.engine.ScoreInput;
import uk.ppo.scoring.engine.ScoringEngine;
import uk.ppo.scoring.offender.OffenderInputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores one page of the scoring feed: each person's matrix score by the run's engine, with their latest ASSET
 * assessment, counted into the run's tally and ready to stage.
 */
@ApplicationScoped
class PageScorer {

    private final AssetRepository assets;

    PageScorer(AssetRepository assets) {
        this.assets = assets;
    }

    /** One page scored, ready to stage (invisible until the run completes); the tally keeps only what the proposal needs. */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "score"})
    List<RunStore.Scored> score(List<OffenderInputs.Person> people, ScoringEngine engine, LocalDate asOf, RunTally tally) {
        Map<UUID, AssetAssessment> asset = assets.latestOf(people.stream().map(OffenderInputs.Person::personId).toList(), asOf);
        List<RunStore.Scored> scored = new ArrayList<>(people.size());
        for (OffenderInputs.Person person : people) {
            scored.add(tally.add(person, engine.score(input(person, asOf)), asset.get(person.personId())));
        }
        return scored;
    }

    static ScoreInput input(OffenderInputs.Person p, LocalDate asOf) {
        List<ScoreInput.Offence> offences = new ArrayList<>(p.offences() == null ? 0 : p.offences().size());
        if (p.offences() != null) {
            for (OffenderInputs.Offence o : p.offences()) {
                offences.add(new ScoreInput.Offence(o.category(), o.status(), o.offenceDate(),
                        o.victimTypes() == null ? List.of() : o.victimTypes()));
            }
        }
        return new ScoreInput(asOf, offences, p.intelligenceDates() == null ? List.of() : p.intelligenceDates(),
                p.oasysHigh(), null, p.pncMarker());
    }
}
