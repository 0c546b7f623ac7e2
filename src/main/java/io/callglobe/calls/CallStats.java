package io.callglobe.calls;

/**
 * Counters for the HUD.
 *
 * @param ringing             calls ringing now
 * @param inCall              calls being talked now
 * @param fading              ended calls still fading off the globe
 * @param seen                distinct calls tracked so far
 * @param answered            calls that reached an agent
 * @param finished            answered calls that ended with call_finished
 * @param unansweredEndings   calls that ended missed, abandoned or in voicemail
 * @param expired             calls dropped because they never ended
 */
public record CallStats(
        int ringing,
        int inCall,
        int fading,
        long seen,
        long answered,
        long finished,
        long unansweredEndings,
        long expired) {
}
