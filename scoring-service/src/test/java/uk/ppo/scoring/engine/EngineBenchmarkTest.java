package uk.ppo.scoring.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.ppo.scoring.matrix.MatrixRules;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrix engine alone: 100,000 people with 20 offences each. Not part of {@code verify}; run with
 * {@code ./mvnw -B -pl scoring-service -am test -Pbenchmark -Dtest=EngineBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Target (issue 4): under 10 s on this machine.
 */
@Tag("benchmark")
class EngineBenchmarkTest {

    static final int PEOPLE = Integer.getInteger("ppo.bench.people", 100_000);
    static final int OFFENCES = 20;

    @Test
    void scoresOneHundredThousandPeopleWithTwentyOffencesEach() {
        LocalDate asOf = LocalDate.of(2026, 11, 1);
        SplittableRandom random = new SplittableRandom(42);
        OffenceCategory[] categories = OffenceCategory.values();
        OffenceStatus[] statuses = OffenceStatus.values();
        VictimType[] victims = VictimType.values();
        List<ScoreInput> inputs = new ArrayList<>(PEOPLE);
        for (int p = 0; p < PEOPLE; p++) {
            List<ScoreInput.Offence> offences = new ArrayList<>(OFFENCES);
            for (int o = 0; o < OFFENCES; o++) {
                List<VictimType> v = random.nextInt(10) == 0 ? List.of(victims[random.nextInt(victims.length)]) : List.of();
                offences.add(new ScoreInput.Offence(categories[random.nextInt(categories.length)], statuses[random.nextInt(statuses.length)],
                        asOf.minusDays(random.nextInt(540)), v));
            }
            inputs.add(new ScoreInput(asOf, offences, List.of(asOf.minusDays(random.nextInt(120))), random.nextInt(20) == 0, null, false));
        }
        ScoringEngine engine = new ScoringEngine(MatrixRules.homeOfficeDefault());
        long checksum = 0;
        for (int i = 0; i < Math.min(10_000, PEOPLE); i++) {   // warm-up
            checksum += engine.score(inputs.get(i)).total();
        }
        long start = System.nanoTime();
        for (ScoreInput input : inputs) {
            checksum += engine.score(input).total();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ENGINE BENCHMARK: %,d people x %d offences in %.3f s = %,.0f people/s (target: 100,000 in < 10 s; %d cores; checksum %d)%n",
                PEOPLE, OFFENCES, seconds, PEOPLE / seconds, Runtime.getRuntime().availableProcessors(), checksum);
        assertTrue(checksum > 0);
    }
}
