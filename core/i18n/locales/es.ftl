# es. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = El bot no está bien configurado. Los administradores pueden ver el motivo en su registro.
error-database = La base de datos no está disponible en este momento. Vuelve a intentarlo en un rato.
error-restarting = El bot se está reiniciando. Vuelve a intentarlo en un momento.
error-discord-refused = Discord rechazó mi solicitud ({ $status }). Vuelve a intentarlo en un momento.
error-missing-permission = Necesitas el permiso { $permissions } para esto.
error-server-only = Esto solo funciona dentro de un servidor.
error-not-in-ticket = Usa esto dentro del canal de un ticket.
error-check-failed = No puedes usar esto aquí.
error-unexpected = Algo falló por mi parte. Si vuelve a pasar, pásales a los administradores este código de error: `{ $id }`.
error-not-configured = Los tickets aún no están configurados en este servidor. Un administrador tiene que ejecutar `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Ya tienes un ticket de { $type } abierto.
           *[other] Ya tienes { $limit } tickets de { $type } abiertos.
        }
        [type] { $limit ->
            [one] Ya tienes un ticket abierto de este tipo.
           *[other] Ya tienes { $limit } tickets abiertos de este tipo.
        }
       *[server] { $limit ->
            [one] Ya tienes un ticket abierto.
           *[other] Ya tienes { $limit } tickets abiertos.
        }
    } Cierra uno antes de abrir otro.
error-type-name-taken = Ya existe un tipo de ticket llamado «{ $name }».
error-ticket-not-pending = El ticket { $ticket_id } no está esperando un canal.

## Tickets



## Admin



## Web and transcripts



## Commands: tickets



## Commands: admin and utility


