package uk.ppo.common.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChainCheckTest {

    record Row(long seq, String prev, String hash, String text) {
    }

    /** A chain as the database trigger writes it. */
    private static List<Row> chain(int n) {
        AuditChain.ChainCheck hasher = new AuditChain.ChainCheck();
        List<Row> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            String text = "[" + i + ",\"read\"]";
            String hash = hasher.hash(prev, text);
            rows.add(new Row(i, prev, hash, text));
            prev = hash;
        }
        return rows;
    }

    private static AuditChain.ChainCheck check(List<Row> rows, long headSeq, String headHash) {
        AuditChain.ChainCheck check = new AuditChain.ChainCheck();
        rows.forEach(r -> check.row(r.seq(), r.prev(), r.hash(), r.text()));
        check.end(headSeq, headHash);
        return check;
    }

    @Test
    void anUntouchedChainHoldsAndCountsEveryRow() {
        List<Row> rows = chain(5);
        AuditChain.ChainCheck check = check(rows, 5, rows.get(4).hash());
        assertNull(check.firstBreak);
        assertEquals(5, check.rows);
    }

    @Test
    void anEmptyChainHolds() {
        assertNull(check(List.of(), 0, AuditChain.GENESIS).firstBreak);
    }

    @Test
    void aChangedRowBreaksTheChainAtThatRow() {
        List<Row> rows = new ArrayList<>(chain(5));
        Row third = rows.get(2);
        rows.set(2, new Row(3, third.prev(), third.hash(), "[3,\"nothing to see\"]"));
        AuditChain.ChainCheck check = check(rows, 5, rows.get(4).hash());
        assertEquals(new AuditChainBreak(3, AuditChainBreak.Kind.CHANGED, AuditChainBreak.of(3, AuditChainBreak.Kind.CHANGED).detail()),
                check.firstBreak);
        assertEquals(5, check.rows);
    }

    @Test
    void aRowRehashedAfterAChangeBreaksTheLinkOfTheNext() {
        List<Row> rows = new ArrayList<>(chain(5));
        Row third = rows.get(2);
        String text = "[3,\"nothing to see\"]";
        rows.set(2, new Row(3, third.prev(), new AuditChain.ChainCheck().hash(third.prev(), text), text));
        assertEquals(4, check(rows, 5, rows.get(4).hash()).firstBreak.sequence());
        assertEquals(AuditChainBreak.Kind.UNLINKED, check(rows, 5, rows.get(4).hash()).firstBreak.kind());
    }

    @Test
    void aDeletedRowIsMissing() {
        List<Row> rows = new ArrayList<>(chain(5));
        rows.remove(1);
        AuditChain.ChainCheck check = check(rows, 5, rows.get(3).hash());
        assertEquals(2, check.firstBreak.sequence());
        assertEquals(AuditChainBreak.Kind.MISSING, check.firstBreak.kind());
    }

    @Test
    void rowsDeletedAtTheEndDisagreeWithTheHead() {
        List<Row> rows = chain(5);
        AuditChain.ChainCheck check = check(rows.subList(0, 3), 5, rows.get(4).hash());
        assertEquals(4, check.firstBreak.sequence());
        assertEquals(AuditChainBreak.Kind.HEAD, check.firstBreak.kind());
    }
}
