package org.moisson.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsKeepTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
    assertThat(Parallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
    assertThat(Parallel.map(List.<Integer>of(), i -> i)).isEmpty();
  }

  @Test
  void everyItemIsDoneOnceWhateverTheHelpers() {
    for (int helpers : new int[] {0, 1, 3, 8}) {
      int n = 5_000;
      AtomicInteger[] done = new AtomicInteger[n];
      for (int i = 0; i < n; i++) done[i] = new AtomicInteger();
      Parallel.run(n, helpers, i -> done[i].incrementAndGet());
      for (int i = 0; i < n; i++) assertThat(done[i].get()).as("item %d with %d helpers", i, helpers).isEqualTo(1);
    }
  }

  @Test
  void forEachVisitsEveryItemOfASet() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Parallel.forEach(Set.of("a", "b", "c", "d"), seen::add);
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d");
  }

  @Test
  void theFirstFailureIsThrownAfterEveryStartedItemHasEnded() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(() -> Parallel.run(1_000, 3, i -> {
      started.incrementAndGet();
      running.incrementAndGet();
      try {
        if (i == 10) throw new IllegalStateException("record 10 is broken");
        sleep(1);
      } finally {
        running.decrementAndGet();
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("record 10 is broken");
    assertThat(running.get()).as("items still running when the caller got the failure").isZero();
    int startedWhenThrown = started.get();
    sleep(50);
    assertThat(started.get()).as("items started after the caller got the failure").isEqualTo(startedWhenThrown)
        .isLessThan(1_000);
  }

  /**
   * The harvest thread and the index feeder call at the same time, and a mapped record may itself
   * call again: every caller finishes, even with more callers than helpers.
   */
  @Test
  void concurrentAndNestedCallersAllFinish() throws Exception {
    int callers = 6;
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> sums = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      sums.add(threads.submit(() -> {
        start.await();
        List<Integer> outer = IntStream.range(0, 200).boxed().toList();
        return Parallel.map(outer, i -> Parallel.map(IntStream.range(0, 50).boxed().toList(), j -> i + j)
            .stream().mapToInt(Integer::intValue).sum()).stream().mapToInt(Integer::intValue).sum();
      }));
    }
    start.countDown();
    int expected = IntStream.range(0, 200).map(i -> IntStream.range(0, 50).map(j -> i + j).sum()).sum();
    for (Future<Integer> s : sums) assertThat(s.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
    threads.shutdownNow();
  }

  @Test
  void theCallerWorksToo() {
    Set<Thread> workers = Collections.newSetFromMap(new ConcurrentHashMap<>());
    Parallel.run(200, 0, i -> workers.add(Thread.currentThread()));
    assertThat(workers).containsExactly(Thread.currentThread());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
