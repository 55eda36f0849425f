package uk.ppo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders each overlay, parses every object with the fabric8 Kubernetes model and checks the rules of
 * issue 9: probes, resources, lock-down, network isolation, no committed secrets, images the Jib profile
 * builds, env names the services read, and the prod overlay's availability settings; and those of issue 25:
 * the Gateway API edge, backups through the Barman Cloud plugin, the restricted Pod Security Standard and
 * the recommended labels (monitoring: {@code MonitoringTest}).
 */
class ManifestRulesTest {

    static final Path ROOT = RealmImportTest.ROOT;
    static final String NAMESPACE = "ppo";
    static final List<String> SERVICES = List.of("offender-service", "scoring-service", "hotspot-service",
            "action-plan-service");
    static final List<String> DEPLOYMENTS = List.of("gateway", "offender-service", "scoring-service",
            "hotspot-service", "action-plan-service");
    /** Resident memory measured in the local run (docs/capacity.md, "Memory per process"), MiB. */
    static final Map<String, Integer> MEASURED_RSS_MIB = Map.of("gateway", 143, "offender-service", 224,
            "scoring-service", 224, "hotspot-service", 224, "action-plan-service", 224, "keycloak", 601);
    /** Who calls whom inside the cluster besides the gateway (ARCHITECTURE.md: scoring reads offences). */
    static final Map<String, List<String>> CALLS = Map.of("scoring-service", List.of("offender-service"),
            "action-plan-service", List.of("offender-service", "hotspot-service"),
            // disposals and subject-access requests, with offender-service's own token
            "offender-service", List.of("scoring-service", "action-plan-service"));
    /** Container env vars that are not Quarkus configuration: read by the image's run-java.sh. */
    static final Set<String> IMAGE_ENV = Set.of("JAVA_OPTS_APPEND");
    /** Where the trace collector runs (MonitoringTest checks the port). */
    static final String TRACE_COLLECTOR = "namespace:monitoring";
    /** Where the Gateway API implementation runs its proxies (Envoy Gateway's default; k8s/README.md). */
    static final String EDGE_NAMESPACE = "envoy-gateway-system";
    static final Map<String, String> POSTGRES_PODS = Map.of("cnpg.io/cluster", "ppo-db");
    static final Map<String, String> KEYCLOAK_PODS = Map.of("app.kubernetes.io/managed-by", "keycloak-operator",
            "app", "keycloak");

    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    static List<HasMetadata> objects(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            KubernetesSerialization serialization = new KubernetesSerialization();
            List<HasMetadata> parsed = new ArrayList<>();
            for (ObjectNode node : Kustomize.render(ROOT.resolve("k8s/overlays").resolve(o))) {
                parsed.add(serialization.unmarshal(node.toString(), HasMetadata.class));
            }
            return parsed;
        });
    }

    static <T extends HasMetadata> List<T> all(String overlay, Class<T> type) {
        return objects(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<GenericKubernetesResource> custom(String overlay, String kind) {
        return all(overlay, GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    static Deployment deployment(String overlay, String name) {
        return all(overlay, Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Deployment " + name));
    }

    static Map<String, String> podLabels(Deployment d) {
        return d.getSpec().getTemplate().getMetadata().getLabels();
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(),
                "matchExpressions are not used in these manifests");
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static long mib(Quantity q) {
        return Quantity.getAmountInBytes(q).longValue() / (1024 * 1024);
    }

    // ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyObjectParsesIntoTheTypedModelWithNoUnknownField(String overlay) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (HasMetadata o : objects(overlay)) {
            String id = o.getApiVersion() + "/" + o.getKind() + "/" + o.getMetadata().getName();
            assertTrue(ids.add(id), overlay + ": duplicate " + id);
            if (!o.getKind().equals("Namespace")) {
                assertEquals(NAMESPACE, o.getMetadata().getNamespace(), id);
            }
            assertEquals("ppo-suite", o.getMetadata().getLabels().get("app.kubernetes.io/part-of"), id);
            unknownFields(o, id, problems);
        }
        assertEquals(List.of(), problems, overlay + ": fields the Kubernetes model does not know (typos?)");
        // Typed, not generic: the built-in kinds must all be known to the model.
        for (HasMetadata o : objects(overlay)) {
            if (o instanceof GenericKubernetesResource g) {
                assertTrue(Set.of("Keycloak", "KeycloakRealmImport", "Cluster", "Database", "ScheduledBackup",
                        "ObjectStore", "ServiceMonitor", "PodMonitor", "PrometheusRule").contains(g.getKind()), "unexpected custom resource " + g.getKind());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void eachModuleHasOneDeploymentAndAServiceThatSelectsIt(String overlay) {
        assertEquals(new TreeSet<>(DEPLOYMENTS),
                all(overlay, Deployment.class).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new)));
        for (String name : DEPLOYMENTS) {
            Deployment d = deployment(overlay, name);
            assertTrue(selects(d.getSpec().getSelector(), podLabels(d)), name + ": selector does not match its pods");
            Service s = all(overlay, Service.class).stream().filter(x -> x.getMetadata().getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no Service " + name));
            assertTrue(podLabels(d).entrySet().containsAll(s.getSpec().getSelector().entrySet()), name);
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            int port = c.getPorts().get(0).getContainerPort();
            assertEquals(port, serverPort(name), name + ": container port is not quarkus.http.port");
            for (ServicePort sp : s.getSpec().getPorts()) {
                assertEquals("http", sp.getTargetPort().getStrVal());
                assertEquals(port, sp.getPort());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerHasStartupLivenessAndReadinessProbesOnQuarkusHealth(String overlay) {
        for (Deployment d : all(overlay, Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String where = overlay + " " + d.getMetadata().getName() + "/" + c.getName();
                assertHealthProbe(where, c.getStartupProbe(), "/q/health/started");
                assertHealthProbe(where, c.getLivenessProbe(), "/q/health/live");
                assertHealthProbe(where, c.getReadinessProbe(), "/q/health/ready");
                // The startup probe gives a slow JVM start (measured 15–35 s on 2 cores) at least two minutes.
                Probe s = c.getStartupProbe();
                assertTrue(s.getPeriodSeconds() * s.getFailureThreshold() >= 120, where + ": startup budget");
            }
        }
    }

    private static void assertHealthProbe(String where, Probe probe, String path) {
        assertNotNull(probe, where + ": no probe for " + path);
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, where + ": probe is not an HTTP GET");
        assertEquals(path, get.getPath(), where);
        assertEquals("http", get.getPort().getStrVal(), where);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerRunsNonRootReadOnlyWithoutCapabilitiesUnderRuntimeDefaultSeccomp(String overlay) {
        for (Deployment d : all(overlay, Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            String name = overlay + " " + d.getMetadata().getName();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": API token mounted");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name);
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name);
            assertTrue(pod.getHostNetwork() == null || !pod.getHostNetwork(), name);
            for (Container c : pod.getContainers()) {
                SecurityContext sc = c.getSecurityContext();
                assertNotNull(sc, name + ": no container securityContext");
                assertEquals(Boolean.TRUE, sc.getRunAsNonRoot(), name);
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), name);
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), name);
                assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), name);
                assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), name);
                assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), name);
                assertEquals("RuntimeDefault", sc.getSeccompProfile().getType(), name);
                // Read-only root: Quarkus needs a writable /tmp.
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), name);
            }
        }
    }

    /** Volume types the "restricted" Pod Security Standard allows. */
    static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theNamespaceEnforcesTheRestrictedPodSecurityStandardAndEveryPodTemplateMeetsIt(String overlay) {
        Namespace ns = all(overlay, Namespace.class).stream().filter(n -> n.getMetadata().getName().equals(NAMESPACE))
                .findFirst().orElseThrow(() -> new AssertionError("no Namespace " + NAMESPACE));
        Map<String, String> labels = ns.getMetadata().getLabels();
        for (String mode : List.of("enforce", "warn", "audit")) {
            assertEquals("restricted", labels.get("pod-security.kubernetes.io/" + mode), mode);
        }
        assertTrue(labels.getOrDefault("pod-security.kubernetes.io/enforce-version", "").matches("v1\\.\\d+"),
                "enforce at a pinned Kubernetes version (v1.N), not whatever `latest` means after an upgrade");
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(overlay, Deployment.class).forEach(d -> templates.put("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate()));
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (GenericKubernetesResource kc : custom(overlay, "Keycloak")) {
            Object podTemplate = kc.get("spec", "unsupported", "podTemplate");
            assertNotNull(podTemplate, "Keycloak: the operator's pods need the restricted security context");
            templates.put("Keycloak/" + kc.getMetadata().getName(),
                    serialization.convertValue(podTemplate, PodTemplateSpec.class));
        }
        assertFalse(templates.isEmpty());
        templates.forEach((where, t) -> assertRestricted(overlay + " " + where, t.getSpec()));
    }

    /** The checks of the "restricted" profile (and the baseline it includes) that a pod spec can fail. */
    static void assertRestricted(String where, PodSpec pod) {
        PodSecurityContext psc = pod.getSecurityContext();
        assertNotNull(psc, where + ": no pod securityContext");
        for (Boolean host : java.util.Arrays.asList(pod.getHostNetwork(), pod.getHostPID(), pod.getHostIPC())) {
            assertTrue(host == null || !host, where + ": host namespaces");
        }
        assertTrue(psc.getSysctls() == null || psc.getSysctls().isEmpty(), where + ": sysctls");
        assertTrue(psc.getSeLinuxOptions() == null, where + ": SELinux options");
        assertTrue(psc.getRunAsUser() == null || psc.getRunAsUser() != 0, where + ": runs as root");
        assertTrue(psc.getAppArmorProfile() == null || !"Unconfined".equals(psc.getAppArmorProfile().getType()), where);
        for (Volume v : pod.getVolumes() == null ? List.<Volume>of() : pod.getVolumes()) {
            Map<String, Object> fields = new KubernetesSerialization().convertValue(v, Map.class);
            Set<String> types = new TreeSet<>(fields.keySet());
            types.remove("name");
            assertTrue(RESTRICTED_VOLUMES.containsAll(types), where + ": volume " + v.getName() + " of type " + types);
        }
        List<Container> containers = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            containers.addAll(pod.getInitContainers());
        }
        assertTrue(pod.getEphemeralContainers() == null || pod.getEphemeralContainers().isEmpty(), where);
        for (Container c : containers) {
            String name = where + "/" + (c.getName() == null ? "(operator's container)" : c.getName());
            SecurityContext sc = c.getSecurityContext();
            assertNotNull(sc, name + ": no container securityContext");
            assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), name + ": privileged");
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), name + ": allowPrivilegeEscalation must be false");
            assertNotNull(sc.getCapabilities(), name + ": capabilities");
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), name + ": must drop ALL capabilities");
            List<String> added = sc.getCapabilities().getAdd() == null ? List.of() : sc.getCapabilities().getAdd();
            assertTrue(List.of("NET_BIND_SERVICE").containsAll(added), name + ": adds " + added);
            assertTrue(Boolean.TRUE.equals(sc.getRunAsNonRoot()) || Boolean.TRUE.equals(psc.getRunAsNonRoot()),
                    name + ": runAsNonRoot");
            assertTrue(sc.getRunAsUser() == null || sc.getRunAsUser() != 0, name + ": runs as root");
            String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                    : psc.getSeccompProfile() == null ? null : psc.getSeccompProfile().getType();
            assertTrue(Set.of("RuntimeDefault", "Localhost").contains(seccomp), name + ": seccomp profile " + seccomp);
            assertTrue(sc.getSeLinuxOptions() == null, name + ": SELinux options");
            assertTrue(sc.getProcMount() == null || sc.getProcMount().equals("Default"), name + ": procMount");
            assertTrue(sc.getAppArmorProfile() == null || !"Unconfined".equals(sc.getAppArmorProfile().getType()), name);
            if (c.getPorts() != null) {
                c.getPorts().forEach(p -> assertTrue(p.getHostPort() == null || p.getHostPort() == 0, name + ": hostPort"));
            }
        }
    }

    static final Set<String> SELECTOR_FIELDS = Set.of("selector", "podSelector", "labelSelector", "namespaceSelector");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyObjectAndPodTemplateCarriesTheRecommendedLabelsAndNoSelectorTheVersion(String overlay) {
        String version = System.getProperty("ppo.version");
        assertNotNull(version, "run through Maven (ppo.version)");
        Map<String, String> expected = Map.of("app.kubernetes.io/part-of", "ppo-suite", "app.kubernetes.io/instance", "ppo",
                "app.kubernetes.io/version", version, "app.kubernetes.io/managed-by", "kustomize");
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (HasMetadata o : objects(overlay)) {
            String id = o.getKind() + "/" + o.getMetadata().getName();
            Map<String, String> labels = o.getMetadata().getLabels();
            assertTrue(labels.entrySet().containsAll(expected.entrySet()), overlay + " " + id + ": labels " + labels);
            if (o instanceof Deployment d) {
                assertTrue(podLabels(d).entrySet().containsAll(expected.entrySet()), id + ": pod labels " + podLabels(d));
                assertEquals(Map.of("app.kubernetes.io/name", d.getMetadata().getName()), d.getSpec().getSelector().getMatchLabels(),
                        id + ": a Deployment's selector is immutable; it selects by name only");
                assertEquals(d.getMetadata().getName(), podLabels(d).get("app.kubernetes.io/name"), id);
                assertNotNull(podLabels(d).get("app.kubernetes.io/component"), id);
            }
            noVersionInSelectors(serialization.convertValue(o, com.fasterxml.jackson.databind.JsonNode.class), id, false);
        }
    }

    private static void noVersionInSelectors(com.fasterxml.jackson.databind.JsonNode node, String where, boolean inSelector) {
        if (inSelector && node.isTextual()) {
            assertFalse(node.asText().contains("app.kubernetes.io/version"), where + ": selects by version");
        }
        node.fields().forEachRemaining(e -> {
            boolean selector = inSelector || SELECTOR_FIELDS.contains(e.getKey());
            assertFalse(selector && Set.of("app.kubernetes.io/version", "app.kubernetes.io/instance").contains(e.getKey()),
                    where + ": a selector with " + e.getKey());
            noVersionInSelectors(e.getValue(), where, selector);
        });
        node.elements().forEachRemaining(e -> {
            if (node.isArray()) {
                noVersionInSelectors(e, where, inSelector);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerRequestsAtLeastItsMeasuredMemoryAndHasLimits(String overlay) {
        for (Deployment d : all(overlay, Deployment.class)) {
            String name = d.getMetadata().getName();
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                Map<String, Quantity> requests = c.getResources().getRequests();
                Map<String, Quantity> limits = c.getResources().getLimits();
                assertNotNull(requests.get("cpu"), name);
                assertNotNull(limits.get("cpu"), name);
                long request = mib(requests.get("memory"));
                long limit = mib(limits.get("memory"));
                int measured = MEASURED_RSS_MIB.get(name);
                assertTrue(request >= measured, overlay + " " + name + ": requests " + request
                        + " MiB, below the measured " + measured + " MiB");
                assertTrue(limit >= 1.5 * measured, overlay + " " + name + ": limit " + limit
                        + " MiB leaves no headroom over the measured " + measured + " MiB");
                assertTrue(limit >= request, name);
                String opts = env(c).get("JAVA_OPTS_APPEND").getValue();
                Matcher m = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(opts);
                assertTrue(m.find() && Integer.parseInt(m.group(1)) <= 75, name + ": heap must be capped below the limit");
            }
        }
        for (GenericKubernetesResource kc : custom(overlay, "Keycloak")) {
            Map<String, Object> resources = map(kc.get("spec", "resources"));
            long request = mib(new Quantity(String.valueOf(map(resources.get("requests")).get("memory"))));
            long limit = mib(new Quantity(String.valueOf(map(resources.get("limits")).get("memory"))));
            assertTrue(request >= MEASURED_RSS_MIB.get("keycloak") && limit >= 1.5 * MEASURED_RSS_MIB.get("keycloak"),
                    "Keycloak sized below its measured memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyDeploymentHasItsOwnNetworkPolicyBehindADefaultDeny(String overlay) {
        List<NetworkPolicy> policies = all(overlay, NetworkPolicy.class);
        assertTrue(policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
                && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty()),
                "no default-deny policy for ingress and egress");
        for (Deployment d : all(overlay, Deployment.class)) {
            assertTrue(policies.stream().anyMatch(p -> !isEmpty(p.getSpec().getPodSelector())
                    && selects(p.getSpec().getPodSelector(), podLabels(d))),
                    d.getMetadata().getName() + " has no NetworkPolicy of its own");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void onlyTheGatewayAndDeclaredCallersReachAServiceAndServicesReachOnlyTheDatabaseKeycloakAndTheirCallees(String overlay) {
        for (String svc : SERVICES) {
            Set<String> from = reachable(overlay, svc, true);
            Set<String> allowedFrom = new HashSet<>(Set.of("gateway", "namespace:monitoring"));
            CALLS.forEach((caller, callees) -> {
                if (callees.contains(svc)) {
                    allowedFrom.add(caller);
                }
            });
            assertTrue(from.contains("gateway"), svc + ": the gateway cannot reach it");
            assertTrue(allowedFrom.containsAll(from), svc + " is reachable from " + from);

            Set<String> to = reachable(overlay, svc, false);
            Set<String> allowedTo = new HashSet<>(Set.of("postgres", "keycloak", "namespace:kube-system", TRACE_COLLECTOR));
            allowedTo.addAll(CALLS.getOrDefault(svc, List.of()));
            assertTrue(to.containsAll(Set.of("postgres", "keycloak")), svc + " cannot reach " + to);
            assertTrue(allowedTo.containsAll(to), svc + " may reach " + to);
        }
        Set<String> gatewayFrom = reachable(overlay, "gateway", true);
        assertEquals(Set.of("namespace:" + EDGE_NAMESPACE, "namespace:monitoring"), gatewayFrom);
        Set<String> gatewayTo = reachable(overlay, "gateway", false);
        Set<String> expected = new HashSet<>(SERVICES);
        expected.addAll(Set.of("keycloak", "namespace:kube-system", TRACE_COLLECTOR));
        assertEquals(expected, gatewayTo);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyInClusterUrlAServiceIsGivenIsOneItsNetworkPolicyLetsItReach(String overlay) {
        Pattern url = Pattern.compile("^https?://([a-z0-9-]+):(\\d+)(/.*)?$");
        for (Deployment d : all(overlay, Deployment.class)) {
            String name = d.getMetadata().getName();
            Set<String> reachable = reachable(overlay, name, false);
            for (EnvVar e : d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                Matcher m = url.matcher(e.getValue() == null ? "" : e.getValue());
                if (m.matches()) {
                    String host = m.group(1);
                    assertTrue(reachable.contains(host), name + ": " + e.getName() + " points at " + host
                            + ", which its NetworkPolicy does not let it reach");
                    Service target = all(overlay, Service.class).stream()
                            .filter(s -> s.getMetadata().getName().equals(host)).findFirst()
                            .orElseThrow(() -> new AssertionError(name + ": no Service " + host));
                    assertEquals(Integer.parseInt(m.group(2)), target.getSpec().getPorts().get(0).getPort(), e.getName());
                }
            }
        }
        Container scoring = deployment(overlay, "scoring-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("http://offender-service:8081", env(scoring).get("QUARKUS_REST_CLIENT_OFFENDER_SERVICE_URL").getValue());
        assertEquals("scoring-service", env(scoring).get("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET").getValueFrom()
                .getSecretKeyRef().getKey(), "the secret the realm import gives the scoring-service client");
    }

    /** Everything the policies selecting a Deployment's pods let in (ingress) or out (egress). */
    private static Set<String> reachable(String overlay, String deployment, boolean ingress) {
        Map<String, String> labels = podLabels(deployment(overlay, deployment));
        Set<String> peers = new TreeSet<>();
        for (NetworkPolicy p : all(overlay, NetworkPolicy.class)) {
            if (!selects(p.getSpec().getPodSelector(), labels)) {
                continue;
            }
            if (ingress) {
                p.getSpec().getIngress().forEach(rule -> peers.addAll(resolve(overlay, rule.getFrom())));
            } else {
                p.getSpec().getEgress().forEach(rule -> peers.addAll(resolve(overlay, rule.getTo())));
            }
        }
        return peers;
    }

    private static Set<String> resolve(String overlay, List<NetworkPolicyPeer> peers) {
        Set<String> out = new TreeSet<>();
        if (peers == null || peers.isEmpty()) {
            out.add("anywhere");
            return out;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                out.add("ipBlock " + peer.getIpBlock().getCidr());
            } else if (peer.getNamespaceSelector() != null) {
                String ns = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                out.add("namespace:" + (ns == null ? "any" : ns));
            } else {
                LabelSelector s = peer.getPodSelector();
                assertFalse(isEmpty(s), "a peer selecting every pod of the namespace");
                boolean known = false;
                for (Deployment d : all(overlay, Deployment.class)) {
                    if (selects(s, podLabels(d))) {
                        out.add(d.getMetadata().getName());
                        known = true;
                    }
                }
                if (selects(s, POSTGRES_PODS)) {
                    out.add("postgres");
                    known = true;
                }
                if (selects(s, KEYCLOAK_PODS)) {
                    out.add("keycloak");
                    known = true;
                }
                assertTrue(known, "a peer selecting no known pods: " + s);
            }
        }
        return out;
    }

    private static boolean isEmpty(LabelSelector s) {
        return s == null || (s.getMatchLabels() == null || s.getMatchLabels().isEmpty())
                && (s.getMatchExpressions() == null || s.getMatchExpressions().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void noSecretIsCommittedAndEverySecretReferencedIsDocumented(String overlay) throws IOException {
        for (Secret s : all(overlay, Secret.class)) {
            assertTrue((s.getData() == null || s.getData().isEmpty())
                    && (s.getStringData() == null || s.getStringData().isEmpty()),
                    "Secret " + s.getMetadata().getName() + " has inline data");
        }
        String readme = Files.readString(ROOT.resolve("k8s/README.md"));
        Set<String> referenced = new TreeSet<>();
        for (Deployment d : all(overlay, Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : c.getEnv()) {
                    assertTrue(e.getValue() == null || !e.getName().matches(".*(PASSWORD|SECRET|CREDENTIAL).*"),
                            e.getName() + " has a literal value");
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        referenced.add(e.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
        }
        for (GenericKubernetesResource r : all(overlay, GenericKubernetesResource.class)) {
            collectSecretNames(r.getAdditionalProperties(), referenced);
        }
        for (Gateway g : all(overlay, Gateway.class)) {
            g.getSpec().getListeners().stream().filter(l -> l.getTls() != null)
                    .forEach(l -> l.getTls().getCertificateRefs().forEach(c -> referenced.add(c.getName())));
        }
        assertTrue(referenced.containsAll(Set.of("offender-service-db", "keycloak-db", "ppo-tls",
                RealmForKubernetes.CLIENT_SECRETS)), referenced.toString());
        for (String name : referenced) {
            assertTrue(readme.contains("secret generic " + name + " ") || readme.contains("secret tls " + name + " "),
                    "k8s/README.md does not say how to create Secret " + name);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectSecretNames(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (Set.of("passwordSecret", "usernameSecret", "accessKeyId", "secretAccessKey", "secret")
                        .contains(key) && e.getValue() instanceof Map<?, ?> ref && ref.get("name") != null) {
                    into.add(String.valueOf(ref.get("name")));
                }
                collectSecretNames(e.getValue(), into);
            }
        } else if (node instanceof List<?> l) {
            l.forEach(x -> collectSecretNames(x, into));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void imagesAreTheOnesTheImagesProfileBuildsAndNeverLatest(String overlay) throws IOException {
        String version = System.getProperty("ppo.version");
        assertNotNull(version, "run through Maven (ppo.version)");
        for (Deployment d : all(overlay, Deployment.class)) {
            String module = d.getMetadata().getName();
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
            assertTrue(artifact.find(), module);
            Matcher profile = Pattern.compile("<id>images</id>(.*?)</profile>", Pattern.DOTALL).matcher(pom);
            assertTrue(profile.find() && profile.group(1).contains("<artifactId>quarkus-container-image-jib</artifactId>"),
                    module + ": its images profile does not add Jib, so -Pimages would build no image for it");
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                assertEquals(ImagesProfile.group(ROOT) + "/" + artifact.group(1) + ":" + version, c.getImage(), module);
                assertFalse(c.getImage().endsWith(":latest"));
            }
        }
        for (GenericKubernetesResource kc : custom(overlay, "Keycloak")) {
            assertEquals("quay.io/keycloak/keycloak:" + System.getProperty("ppo.keycloak.version"),
                    kc.get("spec", "image"), "Keycloak's image must be the version of the local run");
            assertEquals(Boolean.FALSE, kc.get("spec", "startOptimized"),
                    "the stock image is not built for PostgreSQL; it must not start with --optimized");
        }
        for (GenericKubernetesResource pg : custom(overlay, "Cluster")) {
            String image = String.valueOf((Object) pg.get("spec", "imageName"));
            assertTrue(image.matches(".+:\\d+(\\.\\d+)*$"), "PostgreSQL image not pinned: " + image);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyEnvVarIsARunTimeConfigKeyTheServiceReads(String overlay) throws IOException {
        Map<String, QuarkusConfig.Documented> documented = QuarkusConfig.documented();
        assertTrue(documented.containsKey("QUARKUS_DATASOURCE_PASSWORD"), "Quarkus config docs not on the classpath");
        for (Deployment d : all(overlay, Deployment.class)) {
            String module = d.getMetadata().getName();
            Set<String> own = QuarkusConfig.ownKeys(ROOT, module);
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (pom.contains("<artifactId>common</artifactId>")) {
                pom += Files.readString(ROOT.resolve("common/pom.xml"));
            }
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : c.getEnv()) {
                    String name = e.getName();
                    if (IMAGE_ENV.contains(name)) {
                        continue;
                    }
                    QuarkusConfig.Documented doc = documented.get(name);
                    assertTrue(own.contains(name) || doc != null, module + ": " + name
                            + " is neither in its config files nor a documented Quarkus key");
                    if (doc != null) {
                        assertEquals("RUN_TIME", doc.phase(), module + ": " + name + " (" + doc.property()
                                + ") is fixed at build time; setting it in the container does nothing");
                        assertTrue(usesExtension(pom, doc.extension()),
                                module + ": " + name + " belongs to " + doc.extension() + ", which it does not use");
                    }
                }
            }
        }
    }

    private static boolean usesExtension(String pom, String extension) {
        Map<String, List<String>> via = Map.of("quarkus-datasource", List.of("quarkus-jdbc-postgresql"),
                "quarkus-agroal", List.of("quarkus-jdbc-postgresql"),
                "quarkus-hibernate-orm", List.of("quarkus-hibernate-orm-panache"),
                "quarkus-vertx-http", List.of("quarkus-"), "quarkus-core", List.of("quarkus-"));
        return pom.contains("<artifactId>" + extension + "</artifactId>")
                || via.getOrDefault(extension, List.of()).stream().anyMatch(a -> pom.contains("<artifactId>" + a));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyConfigMapReferenceResolvesToAGeneratedKey(String overlay) {
        Map<String, ConfigMap> maps = all(overlay, ConfigMap.class).stream()
                .collect(Collectors.toMap(m -> m.getMetadata().getName(), m -> m));
        for (Deployment d : all(overlay, Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : c.getEnv()) {
                    if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = e.getValueFrom().getConfigMapKeyRef();
                        ConfigMap cm = maps.get(ref.getName());
                        assertNotNull(cm, "no ConfigMap " + ref.getName());
                        assertTrue(cm.getData().containsKey(ref.getKey()), ref.getName() + " has no " + ref.getKey());
                        assertEquals(e.getName(), ref.getKey(), "env name and ConfigMap key differ");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void gatewayApiServesTheGatewayAndKeycloakOverTlsOnTheHostsTheRealmAndServicesExpect(String overlay) {
        assertTrue(all(overlay, Ingress.class).isEmpty(), "the Ingress is replaced by the Gateway API");
        List<Gateway> gateways = all(overlay, Gateway.class);
        assertEquals(1, gateways.size(), "one Gateway");
        Gateway gw = gateways.get(0);
        assertNotNull(gw.getSpec().getGatewayClassName(), "no gatewayClassName");
        Map<String, Listener> listeners = new LinkedHashMap<>();
        for (Listener l : gw.getSpec().getListeners()) {
            listeners.put(l.getName(), l);
            if (l.getProtocol().equals("HTTPS")) {
                assertEquals(443, l.getPort(), l.getName());
                assertEquals("Terminate", l.getTls().getMode(), l.getName());
                assertFalse(l.getTls().getCertificateRefs().isEmpty(), l.getName() + ": no certificate");
                l.getTls().getCertificateRefs().forEach(c -> assertEquals("Secret", c.getKind()));
                assertNotNull(l.getHostname(), l.getName() + ": an HTTPS listener for any host");
            } else {
                assertEquals("HTTP", l.getProtocol(), l.getName());
            }
            assertEquals("Same", l.getAllowedRoutes().getNamespaces().getFrom(), l.getName() + ": routes from other namespaces");
        }
        Map<String, Set<String>> backendsByHost = new LinkedHashMap<>();
        Map<String, Long> longestTimeoutByHost = new HashMap<>();
        for (HTTPRoute route : all(overlay, HTTPRoute.class)) {
            String name = route.getMetadata().getName();
            assertFalse(route.getSpec().getParentRefs().isEmpty(), name);
            for (var parent : route.getSpec().getParentRefs()) {
                assertEquals(gw.getMetadata().getName(), parent.getName(), name);
                Listener l = listeners.get(parent.getSectionName());
                assertNotNull(l, name + ": attached to no listener (sectionName " + parent.getSectionName() + ")");
                if (l.getProtocol().equals("HTTP")) {
                    // Plain HTTP only redirects to https.
                    for (HTTPRouteRule rule : route.getSpec().getRules()) {
                        assertTrue(rule.getBackendRefs() == null || rule.getBackendRefs().isEmpty(), name + ": serves plain HTTP");
                        assertTrue(rule.getFilters().stream().allMatch(f -> f.getType().equals("RequestRedirect")
                                && "https".equals(f.getRequestRedirect().getScheme())), name + ": plain HTTP not redirected");
                    }
                    continue;
                }
                assertEquals(List.of(l.getHostname()), route.getSpec().getHostnames(),
                        name + ": hostnames other than its HTTPS listener's");
                for (HTTPRouteRule rule : route.getSpec().getRules()) {
                    Set<String> backends = backendsByHost.computeIfAbsent(l.getHostname(), h -> new TreeSet<>());
                    rule.getBackendRefs().forEach(b -> backends.add(b.getName()));
                    assertFalse(rule.getMatches().isEmpty(), name + ": a rule matching every path");
                    for (HTTPRouteMatch m : rule.getMatches()) {
                        String path = m.getPath().getValue();
                        assertFalse(path.startsWith("/q/health") || path.startsWith("/q/metrics") || path.equals("/"),
                                name + " exposes " + path);
                        assertTrue(Set.of("PathPrefix", "Exact").contains(m.getPath().getType()), name + ": " + m.getPath().getType());
                    }
                    assertNotNull(rule.getTimeouts(), name + ": no timeout (the implementation's default may be 15 s)");
                    longestTimeoutByHost.merge(l.getHostname(), seconds(rule.getTimeouts().getRequest()), Math::max);
                }
            }
        }
        Set<String> tlsHosts = listeners.values().stream().filter(l -> l.getProtocol().equals("HTTPS"))
                .map(Listener::getHostname).collect(Collectors.toSet());
        assertEquals(tlsHosts, backendsByHost.keySet(), "a host without TLS, or a TLS listener nothing uses");
        assertEquals(Set.of("gateway"), backendsByHost.get(RealmForKubernetes.GATEWAY_HOST));
        // The gateway's longest route timeout (imports: 10 minutes) fits within the edge's.
        assertTrue(longestTimeoutByHost.get(RealmForKubernetes.GATEWAY_HOST) >= 600, "imports need 10 minutes");
        GenericKubernetesResource kc = custom(overlay, "Keycloak").get(0);
        String kcHost = String.valueOf((Object) kc.get("spec", "hostname", "hostname")).replaceFirst("^https://", "");
        assertEquals(Set.of(kc.getMetadata().getName() + "-service"), backendsByHost.get(kcHost));
        ConfigMap config = pposConfig(overlay);
        assertEquals("https://" + kcHost + "/realms/ppo", config.getData().get("QUARKUS_OIDC_TOKEN_ISSUER"),
                "services would reject Keycloak's tokens");
        assertEquals("https://" + kcHost + "/realms/ppo", config.getData().get("PPO_ADMIN_CONSOLE_AUTH_SERVER_URL"),
                "the admin console would send browsers to an address they cannot reach");
        assertEquals("https://" + kcHost + "/realms/ppo", config.getData().get("PPO_GATEWAY_OPENAPI_KEYCLOAK_URL"),
                "the API document would point browsers at an address they cannot reach");
        assertTrue(config.getData().get("QUARKUS_OIDC_AUTH_SERVER_URL")
                .startsWith("http://" + kc.getMetadata().getName() + "-service:8080/"));
    }

    /** A Gateway API duration (e.g. 90s, 10m, 1h30m) in seconds. */
    static long seconds(String duration) {
        Matcher m = Pattern.compile("(\\d+)(ms|h|m|s)").matcher(duration);
        long ms = 0;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            ms += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
        }
        return ms / 1000;
    }

    static ConfigMap pposConfig(String overlay) {
        return all(overlay, ConfigMap.class).stream().filter(c -> c.getMetadata().getName().startsWith("ppo-config-"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap ppo-config"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void prometheusScrapesEveryDeploymentsMetrics(String overlay) {
        List<GenericKubernetesResource> monitors = custom(overlay, "ServiceMonitor");
        assertFalse(monitors.isEmpty());
        for (String name : DEPLOYMENTS) {
            Service s = all(overlay, Service.class).stream().filter(x -> x.getMetadata().getName().equals(name))
                    .findFirst().orElseThrow();
            boolean scraped = false;
            for (GenericKubernetesResource m : monitors) {
                Map<String, Object> selector = map(m.get("spec", "selector"));
                List<Map<String, Object>> expressions = list(selector.get("matchExpressions"));
                boolean match = expressions.stream().allMatch(x -> list(x.get("values"))
                        .contains(s.getMetadata().getLabels().get(String.valueOf(x.get("key")))));
                List<Map<String, Object>> endpoints = list(m.get("spec", "endpoints"));
                if (match && endpoints.stream().anyMatch(e -> "/q/metrics".equals(e.get("path")) && "http".equals(e.get("port")))) {
                    scraped = true;
                }
            }
            assertTrue(scraped, name + " is not scraped");
            String pom;
            try {
                pom = Files.readString(ROOT.resolve(name).resolve("pom.xml"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertTrue(pom.contains("quarkus-micrometer-registry-prometheus"), name + " serves no /q/metrics");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void postgresHasAnOwnerAndARuntimeRoleForEachServiceMatchingItsFlywayAndDatasourceConfig(String overlay) throws IOException {
        GenericKubernetesResource cluster = custom(overlay, "Cluster").get(0);
        Map<String, String> roleBySecret = new HashMap<>();
        for (Map<String, Object> role : ManifestRulesTest.<Map<String, Object>>list(cluster.get("spec", "managed", "roles"))) {
            assertEquals(Boolean.TRUE, role.get("login"));
            roleBySecret.put(String.valueOf(map(role.get("passwordSecret")).get("name")), String.valueOf(role.get("name")));
        }
        Map<String, String> schemaOwners = new HashMap<>();
        for (GenericKubernetesResource db : custom(overlay, "Database")) {
            assertEquals(cluster.getMetadata().getName(), map(db.get("spec", "cluster")).get("name"));
            List<Map<String, Object>> schemas = db.get("spec", "schemas") == null ? List.of() : list(db.get("spec", "schemas"));
            for (Map<String, Object> schema : schemas) {
                schemaOwners.put(String.valueOf(schema.get("name")), String.valueOf(schema.get("owner")));
            }
        }
        for (String svc : SERVICES) {
            Properties props = new Properties();
            try (var in = Files.newInputStream(ROOT.resolve(svc).resolve("src/main/resources/application.properties"))) {
                props.load(in);
            }
            Container c = deployment(overlay, svc).getSpec().getTemplate().getSpec().getContainers().get(0);
            String secret = env(c).get("QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName();
            assertEquals(secret, env(c).get("QUARKUS_DATASOURCE_USERNAME").getValueFrom().getSecretKeyRef().getName());
            String role = roleBySecret.get(secret);
            assertEquals(props.getProperty("quarkus.datasource.username"), role,
                    svc + ": the DB role whose password is in " + secret);
            // Flyway migrates as the schema's owner, a role of its own: the runtime role owns nothing, so it cannot
            // alter or unguard its audit table
            String ownerSecret = env(c).get("QUARKUS_FLYWAY_PASSWORD").getValueFrom().getSecretKeyRef().getName();
            assertEquals(ownerSecret, env(c).get("QUARKUS_FLYWAY_USERNAME").getValueFrom().getSecretKeyRef().getName());
            String owner = roleBySecret.get(ownerSecret);
            assertEquals(props.getProperty("quarkus.flyway.username"), owner, svc + ": the DB role whose password is in " + ownerSecret);
            assertNotEquals(role, owner, svc + ": the runtime role must not be the schema's owner");
            assertEquals(owner, schemaOwners.get(props.getProperty("quarkus.flyway.schemas")),
                    svc + ": schema " + props.getProperty("quarkus.flyway.schemas") + " must be owned by " + owner);
        }
        GenericKubernetesResource kc = custom(overlay, "Keycloak").get(0);
        assertEquals("keycloak", roleBySecret.get(String.valueOf((Object) kc.get("spec", "db", "passwordSecret", "name"))));
        assertEquals(cluster.getMetadata().getName() + "-rw", kc.get("spec", "db", "host"));
    }

    @Test
    void prodRunsEveryDeploymentRedundantlySpreadAutoscaledAndProtectedFromDisruption() {
        String overlay = "prod";
        for (String name : DEPLOYMENTS) {
            Deployment d = deployment(overlay, name);
            Map<String, String> labels = podLabels(d);
            assertTrue(d.getSpec().getReplicas() >= 2, name);
            List<TopologySpreadConstraint> spread = d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            for (String key : List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")) {
                TopologySpreadConstraint t = spread.stream().filter(x -> x.getTopologyKey().equals(key)).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " is not spread over " + key));
                assertTrue(selects(t.getLabelSelector(), labels), name);
                assertTrue(t.getMatchLabelKeys().containsAll(List.of("app.kubernetes.io/name", "pod-template-hash")),
                        name + ": spread must count only this Deployment's pods");
            }
            int fewest = d.getSpec().getReplicas();
            // the gateway runs a fixed count: its rate-limit share is set from it (gatewayRateLimitShare...)
            if (!name.equals("gateway")) {
                HorizontalPodAutoscaler hpa = autoscaler(overlay, name)
                        .orElseThrow(() -> new AssertionError(name + " has no autoscaler"));
                assertTrue(hpa.getSpec().getMinReplicas() >= 2 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
                fewest = hpa.getSpec().getMinReplicas();
            }
            PodDisruptionBudget pdb = all(overlay, PodDisruptionBudget.class).stream()
                    .filter(p -> selects(p.getSpec().getSelector(), labels)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no PodDisruptionBudget"));
            assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < fewest,
                    name + ": the budget would block every node drain");
        }
        assertEquals(2, ((Number) custom(overlay, "Keycloak").get(0).get("spec", "instances")).intValue());
        GenericKubernetesResource cluster = custom(overlay, "Cluster").get(0);
        assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue());
        assertBackedUpThroughTheBarmanCloudPlugin(overlay, cluster);
    }

    /**
     * Each gateway replica allows its share of every caller's rate limit, 1/PPO_GATEWAY_RATE_LIMIT_REPLICAS: the
     * count must be the replicas the Deployment runs, and fixed (an autoscaler would change the count, not the share).
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void gatewayRateLimitShareIsItsFixedReplicaCount(String overlay) {
        Deployment gateway = deployment(overlay, "gateway");
        assertTrue(autoscaler(overlay, "gateway").isEmpty(), overlay + ": the gateway must not be autoscaled");
        EnvVar share = env(gateway.getSpec().getTemplate().getSpec().getContainers().get(0)).get("PPO_GATEWAY_RATE_LIMIT_REPLICAS");
        int replicas = share == null ? 1 : Integer.parseInt(share.getValue());
        assertEquals(gateway.getSpec().getReplicas(), replicas, overlay + ": PPO_GATEWAY_RATE_LIMIT_REPLICAS against spec.replicas");
    }

    private static Optional<HorizontalPodAutoscaler> autoscaler(String overlay, String deployment) {
        return all(overlay, HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(deployment)
                        && h.getSpec().getScaleTargetRef().getKind().equals("Deployment"))
                .findFirst();
    }

    static final String BARMAN_CLOUD_PLUGIN = "barman-cloud.cloudnative-pg.io";

    /** WAL archive and base backups through the Barman Cloud plugin's ObjectStore, kept 30 days; nothing in-tree. */
    private static void assertBackedUpThroughTheBarmanCloudPlugin(String overlay, GenericKubernetesResource cluster) {
        List<GenericKubernetesResource> stores = custom(overlay, "ObjectStore");
        assertEquals(1, stores.size(), "one ObjectStore");
        GenericKubernetesResource store = stores.get(0);
        assertEquals("barmancloud.cnpg.io/v1", store.getApiVersion());
        assertEquals("30d", store.get("spec", "retentionPolicy"));
        assertTrue(String.valueOf((Object) store.get("spec", "configuration", "destinationPath")).startsWith("s3://"));
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            assertEquals("ppo-db-backup", map(store.get("spec", "configuration", "s3Credentials", key)).get("name"), key);
        }
        List<Map<String, Object>> plugins = list(cluster.get("spec", "plugins"));
        Map<String, Object> barman = plugins.stream().filter(p -> BARMAN_CLOUD_PLUGIN.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Cluster does not use the Barman Cloud plugin"));
        assertEquals(Boolean.TRUE, barman.get("isWALArchiver"), "WAL is not archived");
        assertEquals(store.getMetadata().getName(), map(barman.get("parameters")).get("barmanObjectName"));
        assertTrue(cluster.get("spec", "backup") == null, "the in-tree backup section (barmanObjectStore) is deprecated");
        for (HasMetadata o : objects(overlay)) {
            assertFalse(new KubernetesSerialization().asJson(o).contains("barmanObjectStore"),
                    o.getKind() + "/" + o.getMetadata().getName() + " still uses barmanObjectStore");
        }
        List<GenericKubernetesResource> scheduled = custom(overlay, "ScheduledBackup");
        assertFalse(scheduled.isEmpty(), "no scheduled base backup");
        for (GenericKubernetesResource b : scheduled) {
            assertEquals(cluster.getMetadata().getName(), map(b.get("spec", "cluster")).get("name"));
            assertEquals("plugin", b.get("spec", "method"), b.getMetadata().getName());
            assertEquals(BARMAN_CLOUD_PLUGIN, b.get("spec", "pluginConfiguration", "name"), b.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void databaseConnectionsAtFullScaleFitPostgresMaxConnections(String overlay) {
        int budget = 0;
        for (String svc : SERVICES) {
            Deployment d = deployment(overlay, svc);
            int replicas = all(overlay, HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(svc))
                    .map(h -> h.getSpec().getMaxReplicas()).findFirst().orElse(d.getSpec().getReplicas());
            EnvVar pool = env(d.getSpec().getTemplate().getSpec().getContainers().get(0)).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertNotNull(pool, svc + ": pool size unbounded by the manifest (Quarkus default 20)");
            budget += replicas * Integer.parseInt(pool.getValue());
        }
        GenericKubernetesResource kc = custom(overlay, "Keycloak").get(0);
        int kcPool = ManifestRulesTest.<Map<String, Object>>list(kc.get("spec", "additionalOptions")).stream()
                .filter(o -> "db-pool-max-size".equals(o.get("name"))).map(o -> Integer.parseInt(String.valueOf(o.get("value"))))
                .findFirst().orElse(100);
        budget += ((Number) kc.get("spec", "instances")).intValue() * kcPool;
        int max = Integer.parseInt(String.valueOf((Object) custom(overlay, "Cluster").get(0)
                .get("spec", "postgresql", "parameters", "max_connections")));
        // CloudNativePG keeps a few connections for itself (superuser_reserved_connections, streaming replicas).
        assertTrue(budget + 20 <= max, overlay + ": " + budget + " pooled connections at full scale, max_connections " + max);
    }

    @Test
    void devRunsOneReplicaOfEverythingWithSmallRequests() {
        for (Deployment d : all("dev", Deployment.class)) {
            assertEquals(1, d.getSpec().getReplicas());
            Quantity cpu = d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().get("cpu");
            assertTrue(Quantity.getAmountInBytes(cpu).doubleValue() <= 0.1, d.getMetadata().getName());
        }
        assertTrue(all("dev", HorizontalPodAutoscaler.class).isEmpty());
        GenericKubernetesResource cluster = custom("dev", "Cluster").get(0);
        assertEquals(1, ((Number) cluster.get("spec", "instances")).intValue());
        assertTrue(custom("dev", "ObjectStore").isEmpty() && custom("dev", "ScheduledBackup").isEmpty()
                && cluster.get("spec", "plugins") == null && cluster.get("spec", "backup") == null, "dev takes no backups");
    }

    @Test
    void baseIsNotAppliedAloneButEveryOverlayRenders() throws IOException {
        try (var dirs = Files.list(ROOT.resolve("k8s/overlays"))) {
            assertEquals(Set.of("dev", "prod"), dirs.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "a new overlay needs its own checks here");
        }
    }

    // ---------------------------------------------------------------------------------------------------

    static Map<String, EnvVar> env(Container c) {
        return c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> {
            throw new AssertionError("duplicate env " + a.getName());
        }, LinkedHashMap::new));
    }

    static int serverPort(String module) {
        Properties p = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Integer.parseInt(p.getProperty("quarkus.http.port"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a map: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object o) {
        assertTrue(o instanceof List, "expected a list: " + o);
        return (List<T>) o;
    }

    /** Walks a typed model object; any field the model did not recognise lands in additionalProperties. */
    static void unknownFields(Object o, String path, List<String> problems) {
        if (o == null || o instanceof GenericKubernetesResource) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model") || o instanceof Quantity) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class
                    || m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": " + extra.keySet());
                }
            } else if (!Objects.equals(value, o)) {
                unknownFields(value, path + "." + m.getName().substring(3), problems);
            }
        }
    }
}
