"""Telethon (Debian's python3-telethon 1.25, TL layer 144) against the sandbox's MTProto
server: handshake, help.getNearestDc, an RPC error, a large gzip'd result. It drives
Telethon's own MTProtoSender, because TelegramClient.connect() asks help.getConfig and
the sandbox answers with the layer-198 Config, whose constructor layer 144 does not know.
Reads the sandbox config as JSON on stdin and prints one JSON line with what it saw."""
import asyncio
import collections
import json
import logging
import sys

from telethon import functions, errors
from telethon.crypto import AuthKey
from telethon.crypto import rsa as telethon_rsa
from telethon.network import MTProtoSender
from telethon.network import connection as conns

CONNECTIONS = {
    "full": conns.ConnectionTcpFull,
    "abridged": conns.ConnectionTcpAbridged,
    "intermediate": conns.ConnectionTcpIntermediate,
    "obfuscated": conns.ConnectionTcpObfuscated,
}


async def main(config, transport):
    # Telethon 1.25 encrypts p_q_inner_data the pre-RSA_PAD way (sha1 + data + padding).
    telethon_rsa.add_key(config["rsa_public_key"], old=False)
    dc = config["dcs"][0]
    loggers = collections.defaultdict(lambda: logging.getLogger("telethon"))
    logging.getLogger("telethon").setLevel(logging.CRITICAL)
    sender = MTProtoSender(AuthKey(None), loggers=loggers)
    await sender.connect(CONNECTIONS[transport](dc["host"], dc["port"], dc["id"], loggers=loggers))
    seen = {"key_bytes": len(sender.auth_key.key)}
    nearest = await sender.send(functions.help.GetNearestDcRequest())
    seen["this_dc"] = nearest.this_dc
    try:
        await sender.send(functions.contacts.ResolveUsernameRequest("nobody"))
    except errors.RPCError as e:
        seen["error"] = [e.code, type(e).__name__]
    pack = await sender.send(functions.langpack.GetLangPackRequest(lang_pack="y" * 20000, lang_code="en"))
    seen["echo_len"] = len(pack.strings[0].value)
    await sender.disconnect()
    print(json.dumps(seen))


asyncio.run(main(json.load(sys.stdin), sys.argv[1]))
