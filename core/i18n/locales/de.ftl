# de. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = Der Bot ist nicht richtig eingerichtet. Den Grund sehen die Admins in seinem Log.
error-database = Die Datenbank ist gerade nicht erreichbar. Versuch es gleich noch einmal.
error-restarting = Der Bot startet gerade neu. Versuch es gleich noch einmal.
error-discord-refused = Discord hat meine Anfrage abgelehnt ({ $status }). Versuch es gleich noch einmal.
error-missing-permission = Dafür brauchst du die Berechtigung { $permissions }.
error-server-only = Das funktioniert nur auf einem Server.
error-not-in-ticket = Verwende das in einem Ticket-Kanal.
error-check-failed = Das kannst du hier nicht verwenden.
error-unexpected = Bei mir ist etwas schiefgelaufen. Wenn es wieder passiert, gib den Admins diese Fehler-ID: `{ $id }`.
error-not-configured = Tickets sind auf diesem Server noch nicht eingerichtet. Ein Admin muss `/setup` ausführen.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Du hast schon ein offenes { $type }-Ticket.
           *[other] Du hast schon { $limit } offene { $type }-Tickets.
        }
        [type] { $limit ->
            [one] Du hast schon ein offenes Ticket dieser Art.
           *[other] Du hast schon { $limit } offene Tickets dieser Art.
        }
       *[server] { $limit ->
            [one] Du hast schon ein offenes Ticket.
           *[other] Du hast schon { $limit } offene Tickets.
        }
    } Schließ eines, bevor du ein neues öffnest.
error-type-name-taken = Es gibt schon eine Ticket-Art namens „{ $name }“.
error-ticket-not-pending = Ticket { $ticket_id } wartet nicht auf einen Kanal.

## Tickets



## Admin



## Web and transcripts



## Commands: tickets



## Commands: admin and utility


