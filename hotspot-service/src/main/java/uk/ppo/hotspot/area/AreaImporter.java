package uk.ppo.hotspot.area;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Imports the area hierarchy CSV: new codes are created, known codes updated (population, name,
 * centroid, parent) in place, so incidents, which refer to LSOA codes, are untouched. All or nothing.
 */
@ApplicationScoped
public class AreaImporter {

    static final int MAX_ROWS = 200_000;

    private final AreaRepository areas;
    private final Clock clock = Clock.systemUTC();

    AreaImporter(AreaRepository areas) {
        this.areas = areas;
    }

    @Schema(name = "AreaImportResult", description = "What an area CSV import did")
    public record Result(@Schema(description = "New areas", example = "12") long created,
                         @Schema(description = "Known areas whose name, population, centroid or parent changed", example = "3") long updated,
                         @Schema(description = "Rows identical to the stored area", example = "1650") long unchanged) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result importCsv(InputStream body) {
        List<AreaCsv.Row> rows = read(body);
        Map<String, Area> stored = new HashMap<>();
        for (Area area : areas.listAllWithParents()) {
            stored.put(area.code(), area);
        }
        Map<String, AreaCsv.Known> known = new HashMap<>();
        stored.forEach((code, a) -> known.put(code, new AreaCsv.Known(a.type(), a.parentCode())));
        AreaCsv.Violations violations = new AreaCsv.Violations();
        AreaCsv.checkHierarchy(rows, known, violations);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Instant now = Instant.now(clock);
        long created = 0;
        long updated = 0;
        List<AreaCsv.Row> topDown = new ArrayList<>(rows);
        topDown.sort(Comparator.comparing(AreaCsv.Row::type).thenComparing(AreaCsv.Row::line));
        for (AreaCsv.Row row : topDown) {
            Area parent = row.parentCode() == null ? null : stored.get(row.parentCode());
            Area existing = stored.get(row.code());
            if (existing == null) {
                Area area = new Area(row.code(), row.name(), row.type(), parent, row.population(), row.latitude(),
                        row.longitude(), now);
                areas.persist(area);
                stored.put(area.code(), area);
                created++;
            } else if (existing.revise(row.name(), parent, row.population(), row.latitude(), row.longitude())) {
                updated++;
            }
        }
        return new Result(created, updated, rows.size() - created - updated);
    }

    private static List<AreaCsv.Row> read(InputStream body) {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<AreaCsv.Row> rows = new ArrayList<>();
        AreaCsv.Violations violations = new AreaCsv.Violations();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ProblemException.invalid("body", "is empty; send the area CSV");
            }
            String headerProblem = AreaCsv.headerProblem(records.next().toList());
            if (headerProblem != null) {
                throw ProblemException.invalid("header", headerProblem);
            }
            while (records.hasNext()) {
                AreaCsv.Row row = AreaCsv.parse(records.next(), violations);
                if (row != null) {
                    rows.add(row);
                }
                if (rows.size() > MAX_ROWS) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_ROWS + " areas per import");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid("body", "is not valid UTF-8 CSV");
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return rows;
    }

    private static ProblemException invalid(AreaCsv.Violations violations) {
        return new ProblemException(ProblemType.INVALID_INPUT, violations.count + " problem(s) in the area file, nothing"
                + " was imported; first: " + violations.list.get(0).field() + " " + violations.list.get(0).message(),
                violations.list);
    }
}
