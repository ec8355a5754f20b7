package com.mailindashboard.gateway;

import static com.mailindashboard.gateway.UpstreamLane.BACKGROUND;
import static com.mailindashboard.gateway.UpstreamLane.PAGE;
import static com.mailindashboard.gateway.UpstreamLane.STARTED_WORK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaneChooserTest {

    /** Serves {@code permits} permits while every lane in {@code waiting} always has someone waiting. */
    private static List<UpstreamLane> serve(LaneChooser chooser, Set<UpstreamLane> waiting, int permits) {
        List<UpstreamLane> served = new ArrayList<>();
        for (int i = 0; i < permits; i++) {
            UpstreamLane next = chooser.next(waiting);
            chooser.served(next, waiting);
            served.add(next);
        }
        return served;
    }

    @Test
    void theHighestWaitingLaneGoesFirstWhenNobodyIsOwed() {
        LaneChooser chooser = new LaneChooser(0.3, 0.2);
        assertThat(chooser.next(EnumSet.of(PAGE, BACKGROUND))).isEqualTo(PAGE);
        assertThat(chooser.next(EnumSet.of(STARTED_WORK, BACKGROUND))).isEqualTo(STARTED_WORK);
        assertThat(chooser.next(EnumSet.of(BACKGROUND))).isEqualTo(BACKGROUND);
        assertThat(chooser.next(EnumSet.noneOf(UpstreamLane.class))).isNull();
    }

    @Test
    void backgroundKeepsItsShareUnderAStreamOfPages() {
        List<UpstreamLane> served = serve(new LaneChooser(0.3, 0.2), EnumSet.of(PAGE, BACKGROUND), 100);
        assertThat(served.stream().filter(BACKGROUND::equals).count()).isEqualTo(20);
        assertThat(served.subList(0, 5)).containsExactly(PAGE, PAGE, PAGE, PAGE, BACKGROUND);
    }

    @Test
    void aPageNeverWaitsForMoreThanOnePermitGivenToALowerLane() {
        List<UpstreamLane> served = serve(new LaneChooser(0.9, 0.9), EnumSet.allOf(UpstreamLane.class), 60);
        for (int i = 1; i < served.size(); i++) {
            assertThat(served.get(i) != PAGE && served.get(i - 1) != PAGE)
                    .as("two lower-lane permits in a row at %d: %s", i, served).isFalse();
        }
        assertThat(served).contains(STARTED_WORK, BACKGROUND);
    }

    @Test
    void startedWorkGoesBeforeBackgroundButBackgroundStillMovesWithoutPages() {
        List<UpstreamLane> served = serve(new LaneChooser(0.3, 0.2), EnumSet.of(STARTED_WORK, BACKGROUND), 50);
        assertThat(served.stream().filter(BACKGROUND::equals).count()).isEqualTo(10);
        assertThat(served.stream().filter(STARTED_WORK::equals).count()).isEqualTo(40);
    }

    @Test
    void aLaneThatStopsWaitingLosesItsPlaceInTheCount() {
        LaneChooser chooser = new LaneChooser(0.3, 0.2);
        serve(chooser, EnumSet.of(PAGE, BACKGROUND), 3);
        serve(chooser, EnumSet.of(PAGE), 1);
        // background waited through 3 permits, left, and starts counting again when it comes back
        assertThat(serve(chooser, EnumSet.of(PAGE, BACKGROUND), 4)).containsOnly(PAGE);
    }
}
