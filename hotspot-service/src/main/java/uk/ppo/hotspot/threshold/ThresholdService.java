package uk.ppo.hotspot.threshold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.area.AreaType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thresholds per partnership. An area is judged by the thresholds of its nearest ancestor (or itself)
 * that has some; areas under no such partnership use the configured defaults (red 90, amber 50, per 1,000 per
 * year as source 001 set them on 12 months of data). A partnership's thresholds state their basis (per year,
 * the default, or for the report's window).
 */
@ApplicationScoped
public class ThresholdService {

    private final RagThresholdRepository thresholds;
    private final AreaDirectory areas;
    private final RagThresholds defaults;
    private final Clock clock = Clock.systemUTC();

    ThresholdService(RagThresholdRepository thresholds, AreaDirectory areas, RagDefaultsConfig defaults) {
        this.thresholds = thresholds;
        this.areas = areas;
        this.defaults = new RagThresholds(defaults.redFrom(), defaults.amberFrom(), RagThresholds.DEFAULT_BASIS);
    }

    public RagThresholds defaults() {
        return defaults;
    }

    /** Every partnership's thresholds, by partnership code. */
    @Transactional
    public Map<String, RagThresholds> byPartnership() {
        Map<String, RagThresholds> map = new HashMap<>();
        thresholds.listAll().forEach(t -> map.put(t.partnershipCode(), t.thresholds()));
        return map;
    }

    /** The thresholds for an area given its code and its ancestors' codes, nearest first. */
    public RagThresholds forLineage(List<String> selfThenAncestors, Map<String, RagThresholds> byPartnership) {
        for (String code : selfThenAncestors) {
            RagThresholds t = code == null ? null : byPartnership.get(code);
            if (t != null) {
                return t;
            }
        }
        return defaults;
    }

    @Transactional
    List<RagThreshold> list() {
        return thresholds.listAll().stream().sorted(Comparator.comparing(RagThreshold::partnershipCode)).toList();
    }

    @Transactional
    Saved set(String partnershipCode, BigDecimal redFrom, BigDecimal amberFrom, RateBasis basis, String by) {
        var area = areas.find(partnershipCode)
                .orElseThrow(() -> ProblemException.notFound("No area " + partnershipCode));
        if (area.type() != AreaType.DISTRICT && area.type() != AreaType.COUNTY) {
            throw ProblemException.invalid("partnershipCode", "a partnership is a DISTRICT or COUNTY, not a " + area.type());
        }
        if (redFrom.compareTo(amberFrom) <= 0) {
            throw ProblemException.invalid("redFrom", "must be greater than amberFrom");
        }
        RagThresholds value = new RagThresholds(redFrom, amberFrom, basis == null ? RagThresholds.DEFAULT_BASIS : basis);
        Instant now = Instant.now(clock);
        var existing = thresholds.findByPartnership(partnershipCode);
        if (existing.isPresent()) {
            existing.get().change(value, by, now);
            thresholds.flush();
            return new Saved(existing.get(), false);
        }
        RagThreshold created = new RagThreshold(partnershipCode, value, by, now);
        thresholds.persist(created);
        return new Saved(created, true);
    }

    @Transactional
    void remove(String partnershipCode) {
        RagThreshold existing = thresholds.findByPartnership(partnershipCode)
                .orElseThrow(() -> ProblemException.notFound("No thresholds set for " + partnershipCode));
        thresholds.delete(existing);
    }

    record Saved(RagThreshold threshold, boolean created) {
    }
}
