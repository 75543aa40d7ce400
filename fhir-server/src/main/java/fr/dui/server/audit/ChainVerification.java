package fr.dui.server.audit;

import java.util.Optional;

/**
 * The result of recomputing the hash chain of the whole trail.
 *
 * @param valid no event was changed, removed, inserted or reordered
 * @param events how many events were checked
 * @param firstBroken the first event whose hash or link does not match
 * @param message what an auditor reads, in French
 */
record ChainVerification(boolean valid, long events, Optional<Long> firstBroken, String message) {

    static ChainVerification of(AuditStore store) {
        long[] count = {0};
        long[] expectedSeq = {-1};
        String[] previous = {null};
        Long[] broken = {null};
        store.forEachInOrder(e -> {
            count[0]++;
            if (broken[0] != null) {
                return;
            }
            boolean linked = previous[0] == null
                    ? (e.seq() == 1
                            ? AuditChain.GENESIS.equals(e.previousHash())
                            : e.previousHash().length() == 64)
                    : e.previousHash().equals(previous[0]) && e.seq() == expectedSeq[0];
            boolean intact =
                    AuditChain.link(e.previousHash(), e.seq(), e.json()).equals(e.hash());
            if (!linked || !intact) {
                broken[0] = e.seq();
            }
            previous[0] = e.hash();
            expectedSeq[0] = e.seq() + 1;
        });
        if (broken[0] != null) {
            return new ChainVerification(
                    false,
                    count[0],
                    Optional.of(broken[0]),
                    "Journal altéré : l'événement n° " + broken[0]
                            + " ne correspond plus à son empreinte ou à celle de l'événement précédent.");
        }
        return new ChainVerification(
                true, count[0], Optional.empty(), "Journal intègre : " + count[0] + " événement(s) vérifié(s).");
    }
}
