package uk.ppo.common.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Keeps query strings out of the spans the suite exports: a query may hold a PNC id, a name or a date of birth (the
 * officers' status lookup and name search), and traces leave the suite for the collector. The HTTP instrumentation
 * records the query ({@code url.query} on server spans, inside {@code url.full} on client spans) as a span starts;
 * this replaces it before any exporter sees the span. Paths stay: they hold only UUIDs and business codes.
 */
@ApplicationScoped
public class QueryRedaction implements SpanProcessor {

    static final String REDACTED = "REDACTED";
    private static final List<AttributeKey<String>> QUERIES = List.of(AttributeKey.stringKey("url.query"));
    private static final List<AttributeKey<String>> URLS = List.of(AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("http.url"), AttributeKey.stringKey("http.target"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : QUERIES) {
            if (span.getAttribute(key) != null) {
                span.setAttribute(key, REDACTED);
            }
        }
        for (AttributeKey<String> key : URLS) {
            String url = span.getAttribute(key);
            int query = url == null ? -1 : url.indexOf('?');
            if (query >= 0) {
                span.setAttribute(key, url.substring(0, query + 1) + REDACTED);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
