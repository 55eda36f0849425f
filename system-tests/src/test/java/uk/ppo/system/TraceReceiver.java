package uk.ppo.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP receiver in the test JVM (OTLP over HTTP, protobuf, {@code POST …/v1/traces}): the suite's processes
 * export their spans to it (RunningSuite names it in {@code quarkus.otel.exporter.otlp.traces.endpoint}), and it keeps
 * the latest {@value #KEPT} for {@link TracingIT}.
 */
final class TraceReceiver {

    static final int KEPT = 200_000;

    /** One span as exported: the process it came from ({@code service.name}), its ids, kind, name and attributes. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String kind, String name,
                        Map<String, String> attributes) {
    }

    private static TraceReceiver running;

    private final HttpServer server;
    private final ConcurrentLinkedDeque<ReceivedSpan> spans = new ConcurrentLinkedDeque<>();
    private final AtomicInteger count = new AtomicInteger();

    private TraceReceiver(HttpServer server) {
        this.server = server;
    }

    /** The receiver of this JVM, started on a free local port the first time. */
    static synchronized TraceReceiver start() throws IOException {
        if (running == null) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            running = new TraceReceiver(server);
            server.createContext("/", running::receive);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "trace-receiver-stop"));
        }
        return running;
    }

    static synchronized TraceReceiver running() {
        if (running == null) {
            throw new IllegalStateException("no trace receiver: the suite was started with ppo.system-test.tracing=false");
        }
        return running;
    }

    /** The base URL the exporters post to ({@code /v1/traces} is theirs to add). */
    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The spans received so far of one trace. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** The spans received so far with the attribute {@code key} = {@code value}. */
    List<ReceivedSpan> withAttribute(String key, String value) {
        return spans.stream().filter(s -> value.equals(s.attributes().get(key))).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            // no idle keep-alive connections for this server to drop under the exporters (they log a reset as an error)
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void keep(ResourceSpans resourceSpans) {
        String service = attributes(resourceSpans.getResource()).getOrDefault("service.name", "?");
        HexFormat hex = HexFormat.of();
        for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
            for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
                spans.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                        hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                        span.getKind().name().replace("SPAN_KIND_", ""), span.getName(), attributes(span.getAttributesList())));
                if (count.incrementAndGet() > KEPT) {
                    spans.pollFirst();
                    count.decrementAndGet();
                }
            }
        }
    }

    private static Map<String, String> attributes(Resource resource) {
        return attributes(resource.getAttributesList());
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        Map<String, String> map = new TreeMap<>();
        for (KeyValue kv : values) {
            AnyValue v = kv.getValue();
            map.put(kv.getKey(), switch (v.getValueCase()) {
                case STRING_VALUE -> v.getStringValue();
                case INT_VALUE -> Long.toString(v.getIntValue());
                case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(v.getDoubleValue());
                default -> v.toString().trim();
            });
        }
        return map;
    }
}
