package uk.ppo.hotspot.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
class AreaService {

    private final AreaRepository areas;
    private final Clock clock;

    AreaService(AreaRepository areas) {
        this.areas = areas;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Area create(AreaRecords.CreateArea request) {
        if (areas.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("code", "an area with code " + request.code() + " already exists");
        }
        Area parent = null;
        if (request.parentCode() != null) {
            parent = areas.findByCode(request.parentCode())
                    .orElseThrow(() -> ProblemException.invalid("parentCode", "no area has code " + request.parentCode()));
        }
        request.type().parentProblem(parent == null ? null : parent.type()).ifPresent(problem -> {
            throw ProblemException.invalid("parentCode", problem);
        });
        Area area = new Area(request.code(), request.name().strip(), request.type(), parent, request.population(),
                request.latitude(), request.longitude(), Instant.now(clock));
        areas.persist(area);
        return area;
    }

    @Transactional
    Page<Area> list(AreaType type, String parentCode, String q, int page, int size) {
        return new Page<>(areas.search(type, parentCode, q, page, size), page, size,
                areas.countMatching(type, parentCode, q));
    }

    @Transactional
    Area get(String code) {
        return areas.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No area " + code));
    }
}
