package no.boforum.dev;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro's clustering options for the run command, read from the environment: alone without
 * the data grid ({@code --nohazelcast}) unless {@code BOFORUM_CLUSTER_NAME} names a cluster. Alone,
 * sessions stay in the instance's memory; Hazelcast's start took about 3 s of each start (measured
 * by hand, decision 0041). The tests keep the grid alone ({@code --nocluster}), as before.
 * Discovery is by TCP/IP to the members named in {@code BOFORUM_CLUSTER_MEMBERS}, never by
 * multicast, and the data grid listens on {@code BOFORUM_CLUSTER_INTERFACE} (127.0.0.1 unless set):
 * deploy/cluster/start-local.sh joins a second instance this way (decision 0038). {@code
 * BOFORUM_CLUSTER_HOST_AWARE=false} lets the grid keep a session's backup on a member at the same
 * address: without it, instances on one machine keep no backups of each other's sessions.
 */
final class ClusterOptions {
  static final String DEFAULT_INTERFACE = "127.0.0.1";
  static final int DEFAULT_PORT = 6900;

  private ClusterOptions() {}

  static List<String> from(Map<String, String> env) {
    String name = clusterName(env);
    if (name == null) {
      return List.of("--nohazelcast");
    }
    String address = setting(env, "BOFORUM_CLUSTER_INTERFACE", DEFAULT_INTERFACE);
    String port = setting(env, "BOFORUM_CLUSTER_PORT", String.valueOf(DEFAULT_PORT));
    String members = setting(env, "BOFORUM_CLUSTER_MEMBERS", address + ":" + port);
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--clustername", name));
    options.addAll(List.of("--clustermode", "tcpip:" + members));
    options.addAll(List.of("--interfaces", address));
    options.addAll(List.of("--startport", port));
    if ("false".equalsIgnoreCase(setting(env, "BOFORUM_CLUSTER_HOST_AWARE", "true"))) {
      options.add("--nohostaware");
    }
    String instance = setting(env, "BOFORUM_INSTANCE_NAME", null);
    if (instance != null) {
      options.addAll(List.of("--name", instance));
    }
    return List.copyOf(options);
  }

  /** The cluster to join, or null for an instance alone. */
  static String clusterName(Map<String, String> env) {
    return setting(env, "BOFORUM_CLUSTER_NAME", null);
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
