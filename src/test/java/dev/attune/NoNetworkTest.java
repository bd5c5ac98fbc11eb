package dev.attune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.attune.fixtures.NetworkFixtures;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The guard itself: a test that touches the network fails, however it does it. */
class NoNetworkTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        NetworkFixtures.ConnectsASocket.class,
        NetworkFixtures.OpensAServerSocket.class,
        NetworkFixtures.OpensAnNioChannel.class,
        NetworkFixtures.FetchesAUrl.class,
        NetworkFixtures.UsesAnHttpClient.class,
        NetworkFixtures.SendsAUdpPacket.class,
        NetworkFixtures.LeavesASocketOpenPastTheTraps.class
      })
  void aTestThatTouchesTheNetwork_fails_evenWhenItSwallowsTheError(Class<?> fixture)
      throws Exception {
    Events tests;
    try {
      tests = run(fixture);
    } finally {
      if (NetworkFixtures.leftOpen != null) {
        NetworkFixtures.leftOpen.close();
        NetworkFixtures.leftOpen = null;
      }
    }
    assertEquals(
        1, tests.failed().count(), () -> fixture.getSimpleName() + " should fail: " + tests.list());
    Throwable why =
        tests.failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertTrue(why.getMessage().contains("used the network"), why.getMessage());
  }

  @Test
  void aSocketLeftOpen_failsOnlyTheTestThatOpenedIt() throws Exception {
    Events tests;
    try {
      tests = run(NetworkFixtures.LeavesASocketOpenThenStaysOffline.class);
    } finally {
      if (NetworkFixtures.leftOpen != null) {
        NetworkFixtures.leftOpen.close();
        NetworkFixtures.leftOpen = null;
      }
    }
    assertEquals(1, tests.failed().count(), () -> tests.list().toString());
    assertEquals(1, tests.succeeded().count(), "the next test is not blamed");
  }

  @Test
  void noNameLookupLeavesTheJvm_onlyLocalhostIsKnown() throws Exception {
    assertThrows(UnknownHostException.class, () -> InetAddress.getByName("attune.example.org"));
    assertTrue(InetAddress.getByName("localhost").isLoopbackAddress());
  }

  @ParameterizedTest
  @ValueSource(classes = NetworkFixtures.StaysOffline.class)
  void aTestThatStaysOffline_passes(Class<?> fixture) {
    Events tests = run(fixture);
    assertEquals(List.of(), tests.failed().list(), "no failure");
    assertEquals(1, tests.succeeded().count());
  }

  private static Events run(Class<?> fixture) {
    // Configured as the suite is (junit-platform.properties), so the guard is found the same way.
    return EngineTestKit.engine("junit-jupiter")
        .enableImplicitConfigurationParameters(true)
        .selectors(selectClass(fixture))
        .execute()
        .testEvents();
  }
}
