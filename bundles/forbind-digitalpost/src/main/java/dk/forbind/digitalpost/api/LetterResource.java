package dk.forbind.digitalpost.api;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.digitalpost.DigitalPostConnector;
import dk.forbind.digitalpost.DigitalPostLetters;
import dk.forbind.digitalpost.LetterSender;
import dk.forbind.digitalpost.LettersBusy;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.Registration;
import dk.forbind.digitalpost.memo.BoundedBytes;
import dk.forbind.digitalpost.memo.LetterRejected;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.rest.AgencyOperation;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import javax.jms.JMSException;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The letter API of agencies' systems: hand in a letter (MeMo XML or JSON) — 202 with the letter's location, the
 * same letter again is accepted once more and delivered once, another letter under a used UUID is a 409, an invalid
 * one a 400 listing every reason — and follow a letter's status. A system sees only letters it sent in its own
 * authority's name. Receipts from Digital Post may also be posted here; they are applied on the broker.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class LetterResource {
    private static final Logger LOG = LoggerFactory.getLogger(LetterResource.class);
    private static final int MAX_RECEIPT_BYTES = 64 * 1024;

    private final DigitalPostLetters letters;
    private final LetterQueue queue;

    LetterResource(DigitalPostLetters letters, LetterQueue queue) {
        this.letters = letters;
        this.queue = queue;
    }

    @POST
    @Path("letters")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_JSON})
    @AgencyOperation("send")
    public Response submit(InputStream body, @HeaderParam("Content-Type") String type,
                           @HeaderParam("ForbindCorrelationId") String correlation, @Context SecurityContext security,
                           @Context UriInfo uri) throws IOException {
        AgencySystem system = agencySystem(security);
        String correlationId = correlation == null || correlation.isBlank() ? UUID.randomUUID().toString() : correlation;
        Registration registration;
        try {
            byte[] document = BoundedBytes.read(body, letters.limits().maxDocumentBytes(), "letter");
            MemoLetter letter = letters.read(document, type != null && type.toLowerCase().contains("json"));
            registration = letters.register(letter, LetterSender.agency(system), correlationId);
        } catch (LetterRejected e) {
            throw ApiError.invalid(e.getMessage(), e.reasons());
        } catch (LettersBusy e) {
            throw ApiError.unavailable(e.getMessage());
        } catch (SQLException e) {
            throw unavailable("the letter table", e);
        }
        LetterRecord letter = registration.letter();
        if (registration.outcome() == Registration.Outcome.CONFLICT) {
            throw ApiError.conflict("messageUUID " + letter.uuid() + " is already the UUID of another letter; every"
                    + " letter needs its own UUID");
        }
        if (!letter.status().handedOver()) {
            try {
                queue.deliver(ForbindAddresses.inbound(DigitalPostConnector.ID), letter.uuid(), correlationId);
            } catch (JMSException e) {
                throw unavailable("the broker", e);
            }
        }
        LOG.info("Letter {} {} from {}", letter.uuid(), registration.outcome() == Registration.Outcome.NEW
                ? "accepted" : "handed in again", system);
        URI location = uri.getBaseUriBuilder().path("letters").path(letter.uuid().toString()).build();
        return Response.accepted(LetterJson.of(letter)).location(location).header("ForbindCorrelationId", correlationId)
                .build();
    }

    @GET
    @Path("letters/{uuid}")
    @AgencyOperation("send")
    public String status(@PathParam("uuid") String uuid, @Context SecurityContext security) {
        AgencySystem system = agencySystem(security);
        UUID id;
        try {
            id = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'" + uuid + "' is not a letter's UUID");
        }
        try {
            return letters.table().find(id).filter(letter -> letter.senderId().equals(system.cvr()))
                    .map(LetterJson::of)
                    .orElseThrow(() -> ApiError.notFound("no letter " + id + " sent by CVR " + system.cvr()));
        } catch (SQLException e) {
            throw unavailable("the letter table", e);
        }
    }

    @POST
    @Path("receipts")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @AgencyOperation("receipts")
    public Response receipt(InputStream body, @Context SecurityContext security) throws IOException {
        agencySystem(security);
        String receipt;
        try {
            receipt = new String(BoundedBytes.read(body, MAX_RECEIPT_BYTES, "receipt"), StandardCharsets.UTF_8);
        } catch (LetterRejected e) {
            throw ApiError.badRequest(e.getMessage());
        }
        try {
            queue.receipt(ForbindAddresses.DIGITAL_POST_RECEIPTS, receipt, UUID.randomUUID().toString());
        } catch (JMSException e) {
            throw unavailable("the broker", e);
        }
        return Response.accepted().build();
    }

    private static AgencySystem agencySystem(SecurityContext security) {
        return Callers.of(security).agencySystem().orElseThrow(() -> ApiError.forbidden("letters are sent by an"
                + " authority's IT system, authenticated by its OCES3 system certificate"));
    }

    private static ApiError unavailable(String what, Exception e) {
        LOG.warn("Letter API: {} does not answer: {}", what, e.getMessage());
        return ApiError.unavailable(what + " does not answer now; the letter was not taken in — send it again later");
    }
}
