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

welcome-default = ¡Gracias por escribirnos! Cuéntanos qué te pasa y alguien del staff te atenderá en breve.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Abierto por
welcome-reason = Motivo
welcome-claimed-by = Asumido por
welcome-no-reason = Sin motivo
welcome-footer = Pulsa Cerrar cuando tu problema esté resuelto.
join-notice = Nuevo ticket de { $type } { $label } de { $opener }: { $place }. Únete para participar.
notice-claimed = { $actor } ha asumido este ticket y se encargará de él.
notice-transferred = { $actor } le pasó este ticket a { $claimer }.
notice-unclaimed = { $actor } ha dejado de encargarse de este ticket.
notice-unclaimed-held = { $actor } ha liberado este ticket (lo tenía { $held }).
notice-member-added = { $actor } añadió a { $member } a este ticket.
notice-member-removed = { $actor } quitó a { $member } de este ticket.
notice-close-requested = { $opener }, { $actor } quiere cerrar este ticket{ $with_reason ->
        [true] : { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Se cerrará solo { $due } si no decides mantenerlo abierto.
       *[other] {""}
    }
notice-idle-warning = { $opener }, este ticket { $by_opener ->
        [true] lleva un rato sin mensajes tuyos
       *[other] lleva un rato sin actividad
    } y se cerrará solo { $due }. Escribe cualquier cosa aquí para mantenerlo abierto.
close-summary-title = Ticket { $label } cerrado
close-summary-server = Servidor
close-summary-closed-by = Cerrado por
close-summary-opened = Abierto
close-summary-closed = Cerrado
close-summary-duration = Duración
close-summary-participants = Participantes
close-summary-messages = Mensajes
close-summary-no-transcript = sin transcripción
close-summary-transcript = Transcripción
close-summary-transcript-link = [Léela en el navegador]({ $link }) (el enlace caduca al cabo de un tiempo)
audit-by = por { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Este canal no es un ticket.
ticket-server-gone = Ese ticket es de un servidor en el que ya no estoy.
ticket-place-gone = El canal del ticket { $label } ya no existe.
ticket-still-opening = El ticket { $label } todavía se está abriendo; vuelve a intentarlo en un momento.
ticket-already-closing = El ticket { $label } ya se está cerrando.
ticket-closed = El ticket { $label } está cerrado.
refusal-staff-only = { $action ->
        [add-members] Solo el staff puede añadir miembros a los tickets.
        [remove-members] Solo el staff puede quitar miembros de los tickets.
        [join] Solo el staff puede unirse a los tickets.
        [claim] Solo el staff puede asumir tickets.
        [transfer] Solo el staff puede transferir tickets.
        [auto-close] Solo el staff puede cambiar el cierre automático.
        [rename] Solo el staff puede renombrar tickets.
        [move] Solo el staff puede mover tickets.
        [request-close] Solo el staff puede pedir que se cierre un ticket.
        [reopen] Solo el staff puede reabrir tickets.
       *[other] Solo el staff puede hacer esto.
    }
refusal-close = Solo quien abrió este ticket, o el staff, puede cerrarlo.
staff-role-everyone = @everyone no puede ser un rol de staff: cualquier miembro podría leer y cerrar todos los tickets.
staff-role-managed = { $role } está gestionado por una integración (un bot o una suscripción), así que no eliges tú a sus miembros; elige un rol que asignes tú.
staff-role-above-bot = { $role } está al mismo nivel o por encima de mi rol más alto, así que no puedo gestionarlo. Sube mi rol por encima en Ajustes del servidor → Roles, o elige otro rol.
limit-out-of-range = El límite tiene que estar entre { $low } y { $high } tickets abiertos por miembro.
place-refused = Discord no me dejó { $action }: me falta un permiso ahí.
place-failed = Discord falló cuando intenté { $action } ({ $status }). Vuelve a intentarlo.
place-category-full = { $count ->
        [0] La categoría de tickets está llena
        [one] La categoría { $categories } está llena
       *[other] Las categorías { $categories } están llenas
    } (Discord permite 50 canales por categoría), así que ahora no se puede abrir ningún ticket. Cierra algunos tickets ahí o pide a un administrador que añada una categoría de reserva (`/setup` o `/type edit`).
place-server-full = Este servidor ha llegado al límite de Discord de 500 canales, así que no se pueden crear más.
place-action-grant = darle acceso a { $member } a este ticket
place-action-join = añadirte a este ticket
place-action-revoke = quitar a { $member } de este ticket
place-action-create = crear el canal del ticket
place-action-welcome = darte la bienvenida en el canal del ticket
place-action-claim = cambiar quién puede trabajar en este ticket
place-action-rename = renombrar este ticket
place-action-move = mover este ticket
place-action-retire = eliminar o archivar el canal de este ticket
place-action-retire-closed = eliminar o archivar el canal de este ticket; el ticket está cerrado
place-action-reopen = reabrir este ticket
place-action-read = leer los mensajes de este ticket para su transcripción
place-action-post-transcript = publicar la transcripción en el canal de registro
place-action-stays-open = { $step }; el ticket sigue abierto
claim-already-yours = Ya has asumido este ticket. Con `/ticket unclaim` lo liberas.
claim-already-taken = { $claimer } ya ha asumido este ticket.
claim-none = Nadie ha asumido este ticket.
claim-transfer-not-staff = { $member } no es staff de este ticket, así que no se le puede pasar.
claim-transfer-same = { $member } ya tiene este ticket.
claim-held = { $claimer } ha asumido este ticket; solo esa persona o un administrador pueden cambiarlo.
claim-raced = { $known ->
        [true] { $claimer } cambió
       *[other] alguien cambió
    } quién tiene este ticket justo antes que tú; vuelve a intentarlo.
close-request-own = Este ticket es tuyo: ciérralo con `/ticket close`.
close-request-opener-only = Solo quien abrió este ticket puede responder a la solicitud de cierre.
notice-kept-open = { $actor } mantuvo este ticket abierto.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } pidió cerrar este ticket ({ $reason })
       *[other] { $actor } pidió cerrar este ticket
    }
close-reason-no-answer = { $with_reason ->
        [true] Sin respuesta a la solicitud de cierre: { $reason }
       *[other] Sin respuesta a la solicitud de cierre
    }
rename-empty = El nombre del canal necesita al menos una letra o un número.
rename-same = El canal ya se llama #{ $name }.
rename-rate-limited = Discord permite cambiar el nombre de un canal dos veces cada diez minutos; este se podrá renombrar de nuevo { $again }.
notice-renamed = { $actor } renombró este ticket a #{ $name }.
move-same = El ticket { $label } ya es de tipo { $type }.
ticket-changed-meanwhile = El ticket { $label } cambió mientras tanto; vuelve a intentarlo.
notice-moved = { $had_type ->
        [true] { $actor } movió este ticket de { $before } a { $type }.
       *[other] { $actor } movió este ticket a { $type }.
    }
discord-reason-renamed = Ticket { $label } renombrado
notice-auto-close = { $enabled ->
        [true] { $actor } hizo que este ticket vuelva a cerrarse por inactividad.
       *[other] { $actor } hizo que este ticket no se cierre por inactividad.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Sin actividad durante { $amount } minuto
           *[other] Sin actividad durante { $amount } minutos
        }
       *[hours] { $amount ->
            [one] Sin actividad durante { $amount } hora
           *[other] Sin actividad durante { $amount } horas
        }
    }
member-bot = No se pueden añadir bots a los tickets.
member-already-in = { $member } ya está en este ticket.
member-remove-opener = No se puede quitar a quien abrió el ticket. Mejor cierra el ticket.
member-remove-staff = { $member } es staff, así que su rol le da acceso a todos los tickets. Quítale el rol de staff para sacarlo.
member-not-in = { $member } no está en este ticket.
join-sees-already = Ya ves el ticket { $label }: { $place }.
join-in-already = Ya estás en el ticket { $label }: { $place }.
notice-joined = { $member } se unió a este ticket.
notice-opener-left = { $opener } se fue del servidor. El ticket sigue abierto; ciérralo cuando termines.
discord-reason-added = Añadido al ticket { $label } por { $actor }
discord-reason-joined = Se unió al ticket { $label }
discord-reason-removed = Quitado del ticket { $label } por { $actor }
ticket-type-default = Soporte
open-type-gone = Ese tipo de ticket ya no existe. Pide a un administrador que actualice el panel.
open-cooldown = Acabas de abrir un ticket de { $type }. Podrás abrir otro { $again }.
discord-reason-open-failed = No se pudo abrir el ticket { $label }
discord-reason-withdrawn = Ticket { $label } retirado
audit-detail-opened = { $with_reason ->
        [true] { $opener } abrió { $place }: { $reason }
       *[other] { $opener } abrió { $place }
    }{ $resumed ->
        [true] {"\u000A"}(completado tras una interrupción)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } cerrado: { $reason }.
close-open-again = El ticket { $label } vuelve a estar abierto; ciérralo otra vez si debe cerrarse.
close-log-channel-gone = El canal de registro ya no existe, así que no se puede guardar la transcripción. El ticket sigue abierto; un administrador tiene que volver a ejecutar `/setup`.
close-transcript-held = La transcripción del ticket { $label } no se publicó aquí: cualquiera puede leer { $channel }. Está guardada. Un administrador tiene que quitarle a @everyone el permiso Ver canal aquí (y dárselo al rol de staff); `/doctor` lo comprueba.
close-reason-channel-deleted = Canal eliminado fuera del bot
close-reason-thread-deleted = Hilo eliminado fuera del bot
close-reason-thread-channel-deleted = Canal de hilos eliminado fuera del bot
close-reason-opener-left = Quien lo abrió se fue del servidor
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } de { $opener } archivado: { $reason }
           *[other] Ticket { $label } de { $opener } archivado: sin motivo
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } de { $opener } cerrado: { $reason }
           *[other] Ticket { $label } de { $opener } cerrado: sin motivo
        }
    }
audit-detail-retire-refused = { $known ->
        [true] El ticket { $label } de { $opener } está cerrado y su transcripción guardada, pero { $place } sigue ahí: { $why } Sigo reintentándolo; `/ticket close` ahí lo reintenta al momento.
       *[other] El ticket { $label } de { $opener } está cerrado y su transcripción guardada, pero su canal sigue ahí: { $why } Sigo reintentándolo; `/ticket close` ahí lo reintenta al momento.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } ya tiene { $limit } ticket abierto, el máximo para este tipo; tiene que cerrarse antes.
           *[other] { $opener } ya tiene { $limit } tickets abiertos, el máximo para este tipo; uno tiene que cerrarse antes.
        }
       *[other] { $limit ->
            [one] { $opener } ya tiene { $limit } ticket abierto, el máximo permitido; tiene que cerrarse antes.
           *[other] { $opener } ya tiene { $limit } tickets abiertos, el máximo permitido; uno tiene que cerrarse antes.
        }
    }
reopen-raced = El ticket { $label } se acaba de reabrir.
reopen-is-open = El ticket { $label } está abierto.
reopen-is-closing = El ticket { $label } se está cerrando; reábrelo cuando esté archivado.
reopen-place-deleted = El canal del ticket { $label } se eliminó, así que no se puede reabrir; abre un ticket nuevo.
reopen-not-archived = El ticket { $label } se cerró sin archivar su canal, así que no se puede reabrir.
notice-reopened = { $actor } reabrió este ticket.
audit-detail-reopen-undone = No se pudo reabrir el ticket { $label }: { $why }
discord-reason-unknown-channel = Canal de ticket que ningún registro conoce (perdido en un fallo)
close-reason-missing-at-start = Canal no encontrado al arrancar
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] No pude terminar de cerrar el ticket { $label } de { $opener } en { $place }: { $why }
           *[other] No pude terminar de cerrar el ticket { $label } de { $opener } en su canal: { $why }
        }
       *[other] { $known ->
            [true] No pude terminar de abrir el ticket { $label } de { $opener } en { $place }: { $why }
           *[other] No pude terminar de abrir el ticket { $label } de { $opener } en su canal: { $why }
        }
    }{"\u000A"}Sigo reintentándolo; revisa mis permisos ahí.
permissions-missing-in = { $permissions } en { $channel }
permissions-missing-list = { $first }; { $rest }
permissions-missing = Me faltan permisos: { $problems }. Dáselos a mi rol y vuelve a ejecutar el comando.
place-ticket-category-gone = La categoría de tickets ya no existe. Un administrador tiene que volver a ejecutar `/setup`.
place-ticket-category-full = La categoría de tickets **{ $category }** está llena (Discord permite 50 canales por categoría); cierra algunos tickets primero.
place-categories-full = Todas las categorías de tickets están llenas y este servidor tiene { $channels } canales, cerca del límite de Discord de { $limit }, así que ahora no se puede abrir ningún ticket. Cierra algunos tickets o elimina canales que no se usen.
place-archive-gone-stays-open = La categoría de archivo ya no existe, así que el ticket sigue abierto. Un administrador tiene que volver a ejecutar `/setup`.
place-archive-gone = La categoría de archivo ya no existe. Un administrador tiene que volver a ejecutar `/setup`.
place-archive-full = La categoría de archivo **{ $category }** está llena (Discord permite 50 canales por categoría), así que el ticket sigue abierto. Un administrador puede eliminar ahí tickets archivados antiguos o elegir otra categoría de archivo con `/setup`.
place-thread-channel-gone = El canal de los tickets en hilo ya no existe. Un administrador tiene que elegir otro con `/type edit thread_channel`.
place-thread-move = Un ticket en hilo solo se puede mover a un tipo cuyos tickets sean hilos en el mismo canal.
discord-reason-opened = Ticket { $label } abierto por { $opener }
discord-reason-opened-resumed = Ticket { $label } abierto tras una interrupción
discord-reason-opener-gone = No se pudo abrir el ticket { $label }: quien lo abrió se fue
discord-reason-categories-full = Todas las categorías de tickets están llenas (50 canales cada una)
discord-reason-closed = Ticket { $label } cerrado
discord-reason-archived = Ticket { $label } archivado
discord-reason-reopened = Ticket { $label } reabierto
discord-reason-claim = Cambió quién tiene el ticket
discord-reason-moved = Ticket { $label } movido a otro tipo
discord-reason-synced = Ticket ajustado a su registro
form-prompt = Los tickets de **{ $type }** empiezan con unas preguntas.
reply-opened = Tu ticket { $label } está abierto: { $place }
reply-retire-refused = El ticket { $label } está cerrado y su transcripción guardada, pero su canal sigue ahí: { $why } Cuando se arregle, `/ticket close` en ese canal termina el cierre.
reply-kept-open = El ticket { $label } sigue abierto.
reply-close-requested = Se le preguntó a quien abrió { $label } si se puede cerrar.
reply-closed = { $archived ->
        [true] Ticket { $label } archivado.
       *[other] Ticket { $label } cerrado.
    }{ $copy ->
        [sent] {" "}Se le envió una copia de la transcripción a quien lo abrió.
        [refused] {" "}Quien lo abrió no acepta mensajes directos, así que no se le envió copia.
        [failed] {" "}Discord no pudo entregar la copia de la transcripción a quien lo abrió.
       *[none] {""}
    }{ $held ->
        [true] {" "}Cualquiera puede leer el canal de registro, así que la transcripción se guardó pero no se publicó ahí.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] { $closer } cerró el ticket { $label }: { $reason }.
       *[other] { $closer } cerró el ticket { $label }: sin motivo.
    }{ $with_transcript ->
        [true] {"\u000A"}La transcripción está guardada: { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Este canal queda archivado en solo lectura.
       *[other] { $seconds ->
            [one] Este canal se eliminará en { $seconds } segundo.
           *[other] Este canal se eliminará en { $seconds } segundos.
        }
    }
reply-reopened = El ticket { $label } vuelve a estar abierto.
reply-renamed = Ahora el ticket se llama #{ $name }.
reply-moved = Ticket { $label } movido; ahora lo lleva el staff de su nuevo tipo.
reply-joined = Te uniste al ticket { $label }: { $place }.
reply-claimed = Has asumido el ticket { $label }.
reply-unclaimed = El ticket { $label } ya no está asumido por nadie.
reply-transferred = Ahora el ticket { $label } es de { $member }.
reply-auto-close = { $enabled ->
        [true] El ticket { $label } vuelve a cerrarse por inactividad, contando desde ahora.
       *[other] El ticket { $label } no se cerrará por inactividad.
    }
reply-member-added = Se añadió a { $member } a este ticket.
reply-member-removed = Se quitó a { $member } de este ticket.
welcome-edit-denied = Solo los miembros con Gestionar servidor pueden cambiar los mensajes de bienvenida.
welcome-saved-server = Se guardó el mensaje de bienvenida del servidor.
welcome-type-gone = Ese tipo de ticket se eliminó mientras tanto.
welcome-saved-type = Se guardó el mensaje de bienvenida de { $type }.
button-close = Cerrar
button-claim = Asumir
button-form = Responder las preguntas
button-accept-close = Cerrarlo
button-keep-open = Mantener abierto
button-reopen = Reabrir
button-join = Unirme
close-modal-title = ¿Cerrar este ticket?
close-modal-reason = Motivo (opcional)
close-confirm = Pulsa Cerrar para confirmar el cierre del ticket { $label }.
form-title = Ticket de { $type }
welcome-modal-label = Mensaje de bienvenida
welcome-modal-placeholders = Marcadores: {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Responde a «{ $question }»: es obligatoria.
form-too-many-files = Un formulario admite como máximo { $limit } archivos que sumen 10 MB; adjunta menos.
form-download-failed = Discord no entregó tus archivos ({ $error }). Vuelve a intentarlo.
audit-setup = Configuración
audit-settings-changed = Ajustes cambiados
audit-panel-sent = Panel publicado
audit-panel-changed = Panel editado
audit-panel-deleted = Panel eliminado
audit-type-created = Tipo de ticket creado
audit-type-changed = Tipo de ticket cambiado
audit-type-deleted = Tipo de ticket eliminado
audit-blacklist-added = Añadido a la lista negra
audit-blacklist-removed = Quitado de la lista negra
audit-api-key-created = Clave de API creada
audit-api-key-revoked = Clave de API revocada
audit-ticket-opened = Ticket abierto
audit-ticket-renamed = Ticket renombrado
audit-ticket-moved = Ticket movido
audit-member-added = Miembro añadido
audit-member-removed = Miembro quitado
audit-staff-joined = Se unió alguien del staff
audit-opener-left = Quien lo abrió se fue
audit-ticket-claimed = Ticket asumido
audit-ticket-unclaimed = Ticket liberado
audit-ticket-transferred = Ticket transferido
audit-auto-close-on = Cierre automático activado
audit-auto-close-off = Cierre automático desactivado
audit-close-requested = Cierre solicitado
audit-close-refused = Mantenido abierto
audit-ticket-closed = Ticket cerrado
audit-ticket-archived = Ticket archivado
audit-ticket-reopened = Ticket reabierto
audit-reopen-undone = Reapertura deshecha
audit-transcript-links-revoked = Enlaces de transcripción revocados
audit-recovery-stuck = Requiere atención

## Admin



## Web and transcripts



## Commands: tickets

cmd-ticket = ticket
    .description = Abre y gestiona tickets de soporte
cmd-ticket-open = abrir
    .description = Abre un ticket de soporte privado
cmd-ticket-open-type = tipo
    .description = Qué tipo de ayuda necesitas
cmd-ticket-open-reason = motivo
    .description = Con qué necesitas ayuda
cmd-ticket-close = cerrar
    .description = Cierra este ticket y guarda su transcripción
cmd-ticket-close-reason = motivo
    .description = Por qué se cierra el ticket
cmd-ticket-add = añadir
    .description = Da acceso a este ticket a un miembro (staff)
cmd-ticket-add-member = miembro
    .description = El miembro que quieres añadir
cmd-ticket-remove = quitar
    .description = Quita a un miembro el acceso a este ticket (staff)
cmd-ticket-remove-member = miembro
    .description = El miembro que quieres quitar
cmd-ticket-close-request = pedir-cierre
    .description = Pregunta a quien abrió el ticket si se puede cerrar (staff)
cmd-ticket-close-request-reason = motivo
    .description = Por qué se puede cerrar
cmd-ticket-close-request-hours = horas
    .description = Se cierra solo tras estas horas si quien lo abrió no lo mantiene abierto
cmd-ticket-reopen = reabrir
    .description = Vuelve a abrir este ticket archivado (staff)
cmd-ticket-rename = renombrar
    .description = Cambia el nombre del canal de este ticket (staff)
cmd-ticket-rename-name = nombre
    .description = El nuevo nombre (Discord permite dos cambios cada diez minutos)
cmd-ticket-move = mover
    .description = Mueve este ticket a otro tipo; su staff y su categoría lo siguen (staff)
cmd-ticket-move-type = tipo
    .description = El tipo al que pasa
cmd-ticket-claim = asumir
    .description = Encárgate de este ticket (staff)
cmd-ticket-unclaim = liberar
    .description = Devuelve este ticket a todo su staff
cmd-ticket-transfer = transferir
    .description = Pasa este ticket a otro miembro del staff
cmd-ticket-transfer-staff = staff
    .description = Quién se encarga
cmd-ticket-auto-close = cierre-auto
    .description = Decide si este ticket se cierra solo cuando no hay actividad (staff)
cmd-ticket-auto-close-enabled = activado
    .description = no: este ticket nunca se cierra por inactividad; sí: vuelve a hacerlo, contando desde ahora
cmd-ticket-auto-close-enabled-choice-on = sí
cmd-ticket-auto-close-enabled-choice-off = no

## Commands: admin and utility


