package io.callglobe.bus;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import javax.net.ssl.SSLException;

/** Tells the broker's refusals, which retrying will not cure, from an unreachable broker, which it may. */
final class BrokerErrors {

    private BrokerErrors() {
    }

    /** The refusal behind an error, worded for the user; null when the error is worth retrying. */
    static BusException refusal(Throwable error, AmqpSettings settings) {
        String broker = settings.safeUri();
        if (error instanceof AuthenticationFailureException) {
            return new BusException("the broker at " + broker + " refused the user name or password", error);
        }
        if (error instanceof PossibleAuthenticationFailureException) {
            return new BusException("the broker at " + broker + " closed the connection while logging in: "
                    + "wrong user name, password or virtual host?", error);
        }
        if (find(error, SSLException.class) != null) {
            return new BusException("TLS with " + broker + " failed: " + find(error, SSLException.class).getMessage(),
                    error);
        }
        Method reason = closeReason(error);
        if (reason instanceof AMQP.Channel.Close close) {
            return new BusException("the broker at " + broker + " refused: " + close.getReplyText(), error);
        }
        if (reason instanceof AMQP.Connection.Close close && isRefusal(close.getReplyCode())) {
            return new BusException("the broker at " + broker + " refused the connection: " + close.getReplyText(),
                    error);
        }
        return null;
    }

    /** The AMQP reply code of a channel the broker closed, or 0 when the error is something else. */
    static int channelReplyCode(Throwable error) {
        return closeReason(error) instanceof AMQP.Channel.Close close ? close.getReplyCode() : 0;
    }

    private static boolean isRefusal(int replyCode) {
        return replyCode == AMQP.ACCESS_REFUSED || replyCode == AMQP.NOT_ALLOWED || replyCode == AMQP.NOT_FOUND;
    }

    private static Method closeReason(Throwable error) {
        ShutdownSignalException shutdown = find(error, ShutdownSignalException.class);
        return shutdown == null ? null : shutdown.getReason();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
