package dk.forbind.digitalpost;

import dk.forbind.api.auth.AgencySystem;
import dk.forbind.digitalpost.memo.LetterRejected;
import dk.forbind.digitalpost.memo.MemoLetter;

/**
 * Who handed a letter in: an agency's system (authenticated by its certificate, on REST or on the broker), which
 * may only send in its own authority's name, or the platform itself (a connector), whose letters name their sender.
 */
public record LetterSender(AgencySystem system, String platformUser) {

    public static LetterSender agency(AgencySystem system) {
        return new LetterSender(system, null);
    }

    /** A connector or other part of the platform, named by its broker user or connector. */
    public static LetterSender platform(String who) {
        return new LetterSender(null, who);
    }

    /** @throws LetterRejected when an agency system sends a letter in another authority's name */
    public void mustOwn(MemoLetter letter) {
        if (system == null) {
            return;
        }
        if (!letter.senderIsCvr() || !letter.senderId().equals(system.cvr())) {
            throw new LetterRejected("Sender senderID " + letter.senderId() + " is not the calling system's"
                    + " authority (CVR " + system.cvr() + "); a system sends letters in its own authority's name only");
        }
    }

    /** How the letter's history names the sender. */
    public String describe() {
        return system == null ? "platform: " + platformUser : system.toString();
    }
}
