package id.saring.view;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.quiz.boundary.AttemptException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * A form posted back about something that is not there, or not the poster's (a report form
 * re-pointed at another teacher's class, a deleted attempt): 404 with the friendly page, as the
 * same address asked for with GET answers, instead of the 500 page. The boundaries say so with a
 * message key ending in {@code .notFound}; every other exception goes on to PrimeFaces' handler.
 */
public class NotFoundExceptions extends ExceptionHandlerFactory {

    public NotFoundExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> queued =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                Throwable thrown = queued.next().getContext().getException();
                if (notFoundKey(thrown).isPresent()
                        && !faces.getExternalContext().isResponseCommitted()) {
                    queued.remove();
                    try {
                        NotFound.send(faces);
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                }
            }
            getWrapped().handle();
        }

        private static Optional<String> notFoundKey(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                String key =
                        switch (cause) {
                            case ClassroomException e -> e.getMessageKey();
                            case AttemptException e -> e.getMessageKey();
                            case PrivacyException e -> e.getMessageKey();
                            default -> "";
                        };
                if (key.endsWith(".notFound")) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
    }
}
