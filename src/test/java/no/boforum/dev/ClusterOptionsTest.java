package no.boforum.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
  @Test
  void withoutAClusterNameTheRunCommandStaysAlone() {
    assertEquals(
        List.of("--nohazelcast"), ClusterOptions.from(Map.of("BOFORUM_CLUSTER_PORT", "56901")));
    assertEquals(
        List.of("--nohazelcast"), ClusterOptions.from(Map.of("BOFORUM_CLUSTER_NAME", " ")));
  }

  @Test
  void aClusterNameJoinsByTcpIpOnLoopbackUnlessToldOtherwise() {
    assertEquals(
        List.of(
            "--clustername",
            "boforum-local",
            "--clustermode",
            "tcpip:127.0.0.1:6900",
            "--interfaces",
            "127.0.0.1",
            "--startport",
            "6900"),
        ClusterOptions.from(Map.of("BOFORUM_CLUSTER_NAME", "boforum-local")));
  }

  @Test
  void membersPortAndInstanceNameComeFromTheEnvironment() {
    assertEquals(
        List.of(
            "--clustername",
            "boforum-local",
            "--clustermode",
            "tcpip:127.0.0.1:56901,127.0.0.1:56902",
            "--interfaces",
            "127.0.0.1",
            "--startport",
            "56901",
            "--nohostaware",
            "--name",
            "instance-1"),
        ClusterOptions.from(
            Map.of(
                "BOFORUM_CLUSTER_NAME", "boforum-local",
                "BOFORUM_CLUSTER_MEMBERS", "127.0.0.1:56901,127.0.0.1:56902",
                "BOFORUM_CLUSTER_PORT", "56901",
                "BOFORUM_CLUSTER_HOST_AWARE", "false",
                "BOFORUM_INSTANCE_NAME", "instance-1")));
  }
}
