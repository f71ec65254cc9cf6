package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * deploy/postboot.txt deploys the portal as Payara Micro's own {@code --deploy} would in a cluster:
 * with availability enabled, so that its sessions live in the data grid (decision 0038). Without it
 * the sessions stayed on the instance that made them, which only bench/cluster_check.py saw (the
 * tests run one instance).
 */
class PostBootCommandsTest {
  @Test
  void theDeploymentKeepsItsSessionsInTheDataGrid() throws IOException {
    List<String> deploys =
        Files.readAllLines(Path.of("deploy/postboot.txt")).stream()
            .filter(line -> line.startsWith("deploy "))
            .toList();
    assertEquals(1, deploys.size(), "one deploy line: " + deploys);
    String deploy = deploys.get(0);
    assertTrue(deploy.contains(" --availabilityenabled=true "), deploy);
    assertTrue(deploy.contains(" --virtualservers server "), deploy);
  }
}
