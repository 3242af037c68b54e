# fr. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = Le bot n’est pas configuré correctement. Les admins peuvent en voir la raison dans son journal.
error-database = La base de données est indisponible pour le moment. Réessaie dans un instant.
error-restarting = Le bot redémarre. Réessaie dans un instant.
error-discord-refused = Discord a refusé ma requête ({ $status }). Réessaie dans un instant.
error-missing-permission = Il te faut la permission { $permissions } pour faire ça.
error-server-only = Ça ne fonctionne que sur un serveur.
error-not-in-ticket = Utilise ceci dans le salon d’un ticket.
error-check-failed = Tu ne peux pas utiliser ça ici.
error-unexpected = Quelque chose s’est mal passé de mon côté. Si ça se reproduit, donne aux admins cet identifiant d’erreur : `{ $id }`.
error-not-configured = Les tickets ne sont pas encore configurés sur ce serveur. Un admin doit lancer `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Tu as déjà un ticket { $type } ouvert.
           *[other] Tu as déjà { $limit } tickets { $type } ouverts.
        }
        [type] { $limit ->
            [one] Tu as déjà un ticket ouvert de ce type.
           *[other] Tu as déjà { $limit } tickets ouverts de ce type.
        }
       *[server] { $limit ->
            [one] Tu as déjà un ticket ouvert.
           *[other] Tu as déjà { $limit } tickets ouverts.
        }
    } Ferme-en un avant d’en ouvrir un autre.
error-type-name-taken = Il existe déjà un type de ticket nommé « { $name } ».
error-ticket-not-pending = Le ticket { $ticket_id } n’attend pas de salon.

## Tickets



## Admin



## Web and transcripts



## Commands: tickets



## Commands: admin and utility


