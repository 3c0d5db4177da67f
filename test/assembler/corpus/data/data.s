# Data directives and expressions, GNU as semantics.
	.data
bytes:	.byte 0, 1, -128, 127, 255, 'a, '\n, 0x7f
halves:	.short -32768, 32767, 65535, 0x1234
	.hword 3
	.2byte 4
	.word 0x5678
words:	.long -2147483648, 2147483647, 4294967295, 0x12345678
	.int 7
	.4byte 8
	.quad 0x123456789abcdef0, -1, 1
	.8byte 0x7fffffffffffffff
strings:	.ascii "abc", "\t\"q\"\\"
	.asciz "z"
	.string "octal \101\102 hex \x43"
	.balign 4
	.float 1.5, -0.25
	.double 3.141592653589793
	.single 2
	.fill 3, 2, 0x1234
	.fill 2, 4, -1
	.fill 1
	.space 5
	.space 3, 0xaa
	.skip 2, 1
	.zero 3
	.p2align 3
	.uleb128 0, 127, 128, 624485
	.sleb128 -1, 63, -64, 64, -123456
	.balign 16, 0xee
	.long 1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 / 2, 7 % 3, -7 % 3
	.long 1 << 4, 0x100 >> 4, -1 >> 60, 6 & 3, 6 | 3, 6 ^ 3, 6 ! 3, ~0
	.long 1 == 1, 1 != 1, 1 <> 2, 1 < 2, 2 < 1, 2 > 1, 1 <= 1, 1 >= 2
	.long 1 && 2, 0 && 1, 0 || 3, 0 || 0, !0, !5, -(-3), +4
	.long 3 == 1 + 2, 1 + 2 == 3, 2 * 3 + 1 << 2
	.long 0b1011, 017, 0X1F, 'A + 1
	.long words - bytes, . - bytes
sym1 = 0x1234
sym2 = sym1 * 2
	.set sym3, sym2 + fwdsym
	.equ sym4, -1
	.long sym1, sym2, sym3, sym4
fwdsym = 10
	.long later - bytes
later:
	.byte 1
	.align 2
	.long 0x12345678@l, 0x12348765@l, 0x12345678@h, 0x12348765@ha, 0x1234ffff@ha
	.short 0x12345678@l, 0x12348765@ha, 0x12345678@h
	.short 0x7fff@l
	.text
	nop
	.align 4
	.byte 1
	.align 2
	.long 2
	.p2align 4
	li 3, 1
