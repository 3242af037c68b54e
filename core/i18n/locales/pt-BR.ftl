# pt-BR. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = O bot não está configurado corretamente. Os admins podem ver o motivo no log dele.
error-database = O banco de dados está indisponível agora. Tente de novo daqui a pouco.
error-restarting = O bot está reiniciando. Tente de novo daqui a pouco.
error-discord-refused = O Discord recusou meu pedido ({ $status }). Tente de novo daqui a pouco.
error-missing-permission = Você precisa da permissão { $permissions } para isso.
error-server-only = Isso só funciona dentro de um servidor.
error-not-in-ticket = Use isso dentro do canal de um ticket.
error-check-failed = Você não pode usar isso aqui.
error-unexpected = Algo deu errado do meu lado. Se continuar acontecendo, passe este código de erro para os admins: `{ $id }`.
error-not-configured = Os tickets ainda não foram configurados neste servidor. Um admin precisa usar `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Você já tem um ticket de { $type } aberto.
           *[other] Você já tem { $limit } tickets de { $type } abertos.
        }
        [type] { $limit ->
            [one] Você já tem um ticket aberto deste tipo.
           *[other] Você já tem { $limit } tickets abertos deste tipo.
        }
       *[server] { $limit ->
            [one] Você já tem um ticket aberto.
           *[other] Você já tem { $limit } tickets abertos.
        }
    } Feche um antes de abrir outro.
error-type-name-taken = Já existe um tipo de ticket chamado “{ $name }”.
error-ticket-not-pending = O ticket { $ticket_id } não está esperando um canal.

## Tickets



## Admin



## Web and transcripts



## Commands: tickets



## Commands: admin and utility


