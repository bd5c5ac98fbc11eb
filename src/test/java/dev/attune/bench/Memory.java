package dev.attune.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of a process, as the benchmark reports it. Numbers only. */
public final class Memory {

  private Memory() {}

  /** The sum of every heap pool's peak use since this JVM started, in bytes. */
  public static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The peak resident set size (VmHWM) of a Linux process in kB, or -1 when it cannot be read. */
  public static long vmHwmKb(String pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Prints this JVM's peak heap and peak RSS as the benchmark's report lines. */
  public static void report() {
    System.out.println("BENCH heapPeakBytes=" + heapPeakBytes());
    System.out.println("BENCH vmHwmKb=" + vmHwmKb("self"));
  }
}
