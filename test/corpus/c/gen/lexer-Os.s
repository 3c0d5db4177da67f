	.file	"lexer.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	is_ident, @function
is_ident:
.LFB0:
	.cfi_startproc
	rlwinm 10,3,0,27,25
	mr 9,3
	addi 10,10,-65
	li 3,1
	rlwinm 10,10,0,0xff
	cmplwi 0,10,25
	blelr- 0
	cmplwi 0,9,95
	beqlr- 0
	addi 9,9,-48
	rlwinm 9,9,0,0xff
	subfic 9,9,9
	subfe 3,3,3
	addi 3,3,1
	blr
	.cfi_endproc
.LFE0:
	.size	is_ident,.-is_ident
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"else"
.LC1:
	.string	"char"
.LC2:
	.string	"case"
.LC3:
	.string	"void"
.LC4:
	.string	"while"
.LC5:
	.string	"break"
.LC6:
	.string	"return"
.LC7:
	.string	"switch"
.LC8:
	.string	": "
.LC9:
	.string	" '"
.LC10:
	.string	"'\n"
.LC11:
	.string	"tokens"
.LC12:
	.string	"stream"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	li 5,36
	li 4,0
	stmw 18,56(1)
	.cfi_register 65, 0
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	addi 27,1,8
	lis 29,.LANCHOR0@ha
	mr 3,27
	la 29,.LANCHOR0@l(29)
	lis 22,.LC8@ha
	lis 21,.LC9@ha
	lis 20,.LC10@ha
	lis 25,.L13@ha
	stw 0,116(1)
	.cfi_offset 65, 4
	li 28,0
	bl memset
	li 23,1
	li 24,0
	mr 26,29
	li 19,264
	la 22,.LC8@l(22)
	la 21,.LC9@l(21)
	la 20,.LC10@l(20)
	la 25,.L13@l(25)
.L7:
	lbz 9,0(29)
	andi. 18,9,0xff
	bne+ 0,.L62
	li 31,0
	addi 26,26,336
.L64:
	lwzx 3,26,31
	bl print_str
	li 3,61
	bl print_char
	lwzx 3,27,31
	bl print_int
	cmplwi 0,31,32
	beq- 0,.L104
	li 3,32
	addi 31,31,4
	bl print_char
	b .L64
.L62:
	cmpwi 0,18,32
	beq- 0,.L8
	cmpwi 0,18,10
	bne- 0,.L9
.L8:
	xori 18,18,0xa
	addi 29,29,1
	subfic 18,18,0
	addze 23,23
	b .L7
.L9:
	addi 9,9,-33
	addi 24,24,1
	rlwinm 9,9,0,0xff
	cmplwi 0,9,92
	bgt- 0,.L11
	slwi 9,9,2
	lwzx 9,25,9
	add 9,9,25
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L13:
	.long .L16-.L13
	.long .L65-.L13
	.long .L11-.L13
	.long .L11-.L13
	.long .L16-.L13
	.long .L14-.L13
	.long .L19-.L13
	.long .L12-.L13
	.long .L12-.L13
	.long .L16-.L13
	.long .L14-.L13
	.long .L12-.L13
	.long .L14-.L13
	.long .L12-.L13
	.long .L18-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L17-.L13
	.long .L12-.L13
	.long .L12-.L13
	.long .L14-.L13
	.long .L16-.L13
	.long .L14-.L13
	.long .L12-.L13
	.long .L11-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L12-.L13
	.long .L11-.L13
	.long .L12-.L13
	.long .L16-.L13
	.long .L66-.L13
	.long .L11-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L66-.L13
	.long .L12-.L13
	.long .L14-.L13
	.long .L12-.L13
	.section	.text.startup
.L12:
	lwz 9,32(1)
	li 31,6
	addi 9,9,1
	stw 9,32(1)
.L110:
	li 30,1
.L21:
	addi 9,29,-1
	mtctr 30
.L60:
	lbzu 10,1(9)
	mulli 28,28,31
	add 28,10,28
	bdnz .L60
	srw 9,19,31
	mulli 28,28,17
	andi. 9,9,0x1
	add 28,28,31
	beq+ 0,.L61
	mr 3,23
	slwi 31,31,2
	bl print_int
	add 31,26,31
	mr 3,22
	bl print_str
	lwz 3,336(31)
	bl print_str
	mr 3,21
	bl print_str
	mr 5,30
	mr 4,29
	li 3,1
	bl write
	mr 3,20
	bl print_str
.L61:
	add 29,29,30
	b .L7
.L22:
	addi 30,30,1
.L15:
	lbzx 3,29,30
	bl is_ident
	mr. 31,3
	bne+ 0,.L22
	addi 10,30,-2
	cmplwi 0,10,4
	bgt- 0,.L38
	lis 9,.L25@ha
	slwi 10,10,2
	la 9,.L25@l(9)
	lwzx 10,9,10
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L25:
	.long .L29-.L25
	.long .L28-.L25
	.long .L27-.L25
	.long .L26-.L25
	.long .L24-.L25
	.section	.text.startup
.L66:
	li 30,1
	b .L15
.L29:
	cmpwi 0,18,105
	bne+ 0,.L30
	lbz 31,1(29)
	xori 31,31,0x66
.L111:
	cntlzw 31,31
.L109:
	srwi 31,31,5
	b .L38
.L30:
	cmpwi 0,18,100
	bne- 0,.L38
	lbz 31,1(29)
	xori 31,31,0x6f
	b .L111
.L28:
	cmpwi 0,18,102
	beq- 0,.L31
	cmpwi 0,18,105
	beq- 0,.L32
.L38:
	slwi 10,31,2
	lwzx 9,27,10
	addi 9,9,1
	stwx 9,27,10
	b .L21
.L31:
	lbz 9,1(29)
	cmpwi 0,9,111
	bne+ 0,.L38
	lbz 31,2(29)
	xori 31,31,0x72
	b .L111
.L32:
	lbz 9,1(29)
	cmpwi 0,9,110
	bne+ 0,.L38
	lbz 31,2(29)
	xori 31,31,0x74
	b .L111
.L27:
	cmpwi 0,18,101
	beq- 0,.L33
	cmpwi 0,18,118
	beq- 0,.L34
	cmpwi 0,18,99
	bne+ 0,.L38
	lis 4,.LC1@ha
	li 5,4
	la 4,.LC1@l(4)
	mr 3,29
	bl memcmp
	cmpwi 0,3,0
	bne- 0,.L36
.L37:
	li 31,1
	b .L38
.L33:
	lis 4,.LC0@ha
	li 5,4
	la 4,.LC0@l(4)
.L108:
	mr 3,29
	bl memcmp
	cntlzw 31,3
	b .L109
.L36:
	lis 4,.LC2@ha
	li 5,4
	la 4,.LC2@l(4)
	b .L108
.L34:
	lis 4,.LC3@ha
	li 5,4
	la 4,.LC3@l(4)
	b .L108
.L26:
	lis 4,.LC4@ha
	li 5,5
	la 4,.LC4@l(4)
	mr 3,29
	bl memcmp
	cmpwi 0,3,0
	beq+ 0,.L37
	lis 4,.LC5@ha
	li 5,5
	la 4,.LC5@l(4)
	b .L108
.L24:
	lis 4,.LC6@ha
	li 5,6
	la 4,.LC6@l(4)
	mr 3,29
	bl memcmp
	cmpwi 0,3,0
	beq+ 0,.L37
	lis 4,.LC7@ha
	li 5,6
	la 4,.LC7@l(4)
	b .L108
.L17:
	cmpwi 0,18,48
	li 30,1
	bne+ 0,.L43
	lbz 9,1(29)
	andi. 9,9,0xdf
	cmpwi 0,9,88
	bne+ 0,.L43
	li 30,2
	b .L40
.L41:
	addi 30,30,1
.L40:
	lbzx 9,29,30
	addi 10,9,-48
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	ble- 0,.L41
	addi 9,9,-97
	rlwinm 9,9,0,0xff
	cmplwi 0,9,5
	ble+ 0,.L41
.L42:
	lbzx 3,29,30
	li 31,2
	bl is_ident
	cmpwi 0,3,0
	beq- 0,.L46
	li 31,8
.L46:
	lbzx 3,29,30
	bl is_ident
	cmpwi 0,3,0
	beq- 0,.L38
	addi 30,30,1
	b .L46
.L44:
	addi 30,30,1
.L43:
	lbzx 9,29,30
	addi 9,9,-48
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	ble+ 0,.L44
	b .L42
.L50:
	cmpwi 0,9,92
	li 10,1
	bne+ 0,.L48
	add 9,29,30
	lbz 9,1(9)
	cmpwi 0,9,0
	beq- 0,.L48
	li 10,2
.L48:
	add 30,30,10
.L20:
	lbzx 9,29,30
	cmpwi 0,9,0
	beq- 0,.L77
	cmpwi 0,9,34
	beq- 0,.L49
	cmpwi 0,9,10
	bne+ 0,.L50
.L77:
	li 31,8
	b .L38
.L65:
	li 30,1
	b .L20
.L19:
	lbz 9,1(29)
	li 30,2
	cmpwi 0,9,92
	bne+ 0,.L51
	li 30,3
.L51:
	lbzx 9,29,30
	li 31,8
	cmpwi 0,9,39
	bne+ 0,.L52
	li 31,4
.L52:
	addi 30,30,1
	b .L38
.L18:
	lbz 9,1(29)
	cmpwi 0,9,47
	bne+ 0,.L100
	li 30,1
	b .L53
.L55:
	addi 30,30,1
.L53:
	lbzx 9,29,30
	cmpwi 0,9,0
	beq- 0,.L76
	cmpwi 0,9,10
	bne+ 0,.L55
.L76:
	li 31,7
	b .L38
.L100:
	cmpwi 0,9,42
	bne+ 0,.L16
	addi 9,29,1
	subfic 8,29,1
.L91:
	add 30,8,9
	lbzu 10,1(9)
	cmpwi 0,10,0
	beq- 0,.L77
	cmpwi 0,10,42
	bne+ 0,.L91
	lbz 10,1(9)
	cmpwi 0,10,47
	bne+ 0,.L91
	lwz 9,36(1)
	addi 30,30,2
	li 31,7
	addi 9,9,1
	stw 9,36(1)
	b .L21
.L16:
	lwz 9,28(1)
	lbz 10,1(29)
	addi 9,9,1
.L107:
	cmpwi 0,10,61
	beq- 0,.L58
	stw 9,28(1)
	li 31,5
	b .L110
.L14:
	lbz 10,1(29)
	lwz 9,28(1)
	cmpw 0,18,10
	addi 9,9,1
	bne+ 0,.L107
.L58:
	stw 9,28(1)
	li 31,5
	li 30,2
	b .L21
.L11:
	lwz 9,40(1)
	li 31,8
	addi 9,9,1
	stw 9,40(1)
	b .L110
.L49:
	lwz 9,20(1)
	addi 30,30,1
	li 31,3
	addi 9,9,1
	stw 9,20(1)
	b .L21
.L104:
	li 3,10
	bl print_char
	lis 3,.LC11@ha
	mr 4,24
	la 3,.LC11@l(3)
	bl show_int
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	mr 4,28
	bl show_hex
	lwz 3,40(1)
	lwz 9,12(1)
	addi 11,1,112
	slwi 3,3,4
	add 3,3,9
	b _restgpr_18_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 65
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	.rodata.str1.1
.LC13:
	.string	"ident"
.LC14:
	.string	"keyword"
.LC15:
	.string	"number"
.LC16:
	.string	"string"
.LC17:
	.string	"op"
.LC18:
	.string	"punct"
.LC19:
	.string	"comment"
.LC20:
	.string	"error"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	source, @object
	.size	source, 335
source:
	.ascii	"/* sample */ int main(void) {\n  int x = 0x1f + 42, y = x <<"
	.ascii	" 2;\n  char c = '\\n'"
	.string	", d = 'q';\n  for (int i = 0; i < 10; i++) { x += i * y; if (x >= 100 && y != 3) break; }\n  switch (x % 3) { case 0: x--; break; default: x ^= y; }\n  while (x > 0) x = x >> 1 | x & 1;\n  return x ? \"yes \\\"quoted\\\"\" : \"no\"; // done\n  12ab @ $ \"unterminated\n}\n"
	.zero	1
	.type	kind_name, @object
	.size	kind_name, 36
kind_name:
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.long	.LC16
	.long	.LC1
	.long	.LC17
	.long	.LC18
	.long	.LC19
	.long	.LC20
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
