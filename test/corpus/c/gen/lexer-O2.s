	.file	"lexer.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"else"
	.align 2
.LC1:
	.string	"char"
	.align 2
.LC2:
	.string	"case"
	.align 2
.LC3:
	.string	"void"
	.align 2
.LC4:
	.string	"while"
	.align 2
.LC5:
	.string	"break"
	.align 2
.LC6:
	.string	"return"
	.align 2
.LC7:
	.string	"switch"
	.align 2
.LC8:
	.string	": "
	.align 2
.LC9:
	.string	" '"
	.align 2
.LC10:
	.string	"'\n"
	.align 2
.LC11:
	.string	"tokens"
	.align 2
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
	stw 21,68(1)
	.cfi_register 65, 0
	.cfi_offset 21, -44
	addi 21,1,8
	stw 29,100(1)
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 20,64(1)
	mr 3,21
	stw 25,84(1)
	la 29,.LANCHOR0@l(29)
	stw 26,88(1)
	.cfi_offset 20, -48
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	lis 25,.LC8@ha
	stw 27,92(1)
	lis 26,.LC9@ha
	.cfi_offset 27, -20
	lis 27,.LC10@ha
	lis 20,.L7@ha
	stw 22,72(1)
	la 25,.LC8@l(25)
	stw 23,76(1)
	la 26,.LC9@l(26)
	stw 24,80(1)
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	mr 23,29
	stw 28,96(1)
	la 27,.LC10@l(27)
	stw 31,108(1)
	la 20,.L7@l(20)
	stw 0,116(1)
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	li 31,0
	stw 19,60(1)
	li 22,1
	stw 30,104(1)
	.cfi_offset 19, -52
	.cfi_offset 30, -8
	li 28,0
	bl memset
	li 24,264
	li 10,47
	li 9,47
	b .L60
.L2:
	xori 9,9,0xa
	addi 23,23,1
	subfic 9,9,0
	addze 22,22
.L4:
	lbz 10,0(23)
	andi. 9,10,0xff
	beq- 0,.L126
.L60:
	cmpwi 0,9,32
	beq- 0,.L2
	cmpwi 0,9,10
	beq+ 0,.L2
	addi 10,10,-33
	addi 28,28,1
	rlwinm 10,10,0,0xff
	cmplwi 0,10,92
	bgt- 0,.L5
	slwi 10,10,2
	lwzx 10,20,10
	add 10,10,20
	mtctr 10
	bctr
	.section	.rodata
	.align 2
	.align 2
.L7:
	.long .L10-.L7
	.long .L14-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L10-.L7
	.long .L8-.L7
	.long .L13-.L7
	.long .L6-.L7
	.long .L6-.L7
	.long .L10-.L7
	.long .L8-.L7
	.long .L6-.L7
	.long .L8-.L7
	.long .L6-.L7
	.long .L12-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L11-.L7
	.long .L6-.L7
	.long .L6-.L7
	.long .L8-.L7
	.long .L10-.L7
	.long .L8-.L7
	.long .L6-.L7
	.long .L5-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L6-.L7
	.long .L5-.L7
	.long .L6-.L7
	.long .L10-.L7
	.long .L63-.L7
	.long .L5-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L63-.L7
	.long .L6-.L7
	.long .L8-.L7
	.long .L6-.L7
	.section	.text.startup
.L63:
	li 30,1
.L9:
	lbzx 8,23,30
	rlwinm 10,8,0,27,25
	addi 10,10,-65
	rlwinm 10,10,0,0xff
	cmplwi 0,10,25
	ble- 0,.L17
	rlwinm 10,8,0,0xff
	cmpwi 0,10,95
	beq- 0,.L17
	addi 8,8,-48
	rlwinm 8,8,0,0xff
	cmplwi 0,8,9
	ble- 0,.L17
	addi 8,30,-2
	cmplwi 0,8,4
	bgt- 0,.L65
	lis 10,.L21@ha
	slwi 8,8,2
	la 10,.L21@l(10)
	lwzx 8,10,8
	add 10,8,10
	mtctr 10
	bctr
	.section	.rodata
	.align 2
	.align 2
.L21:
	.long .L25-.L21
	.long .L24-.L21
	.long .L23-.L21
	.long .L22-.L21
	.long .L20-.L21
	.section	.text.startup
.L17:
	addi 30,30,1
	b .L9
.L126:
	addi 30,29,332
	addi 27,1,4
	lwzu 3,4(30)
	addi 29,29,368
	bl print_str
	li 3,61
	bl print_char
	lwzu 3,4(27)
	bl print_int
	cmplw 0,29,30
	beq- 0,.L123
.L127:
	li 3,32
	bl print_char
	lwzu 3,4(30)
	bl print_str
	li 3,61
	bl print_char
	lwzu 3,4(27)
	bl print_int
	cmplw 0,29,30
	bne+ 0,.L127
.L123:
	li 3,10
	bl print_char
	lis 3,.LC11@ha
	mr 4,28
	la 3,.LC11@l(3)
	bl show_int
	lis 3,.LC12@ha
	mr 4,31
	la 3,.LC12@l(3)
	bl show_hex
	lwz 9,40(1)
	lwz 10,12(1)
	lwz 0,116(1)
	slwi 9,9,4
	lwz 19,60(1)
	lwz 20,64(1)
	add 3,9,10
	lwz 21,68(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 22,72(1)
	lwz 23,76(1)
	lwz 24,80(1)
	lwz 25,84(1)
	lwz 26,88(1)
	lwz 27,92(1)
	lwz 28,96(1)
	lwz 29,100(1)
	lwz 30,104(1)
	lwz 31,108(1)
	addi 1,1,112
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
	.cfi_def_cfa_offset 0
	blr
.L6:
	.cfi_restore_state
	lwz 9,32(1)
	li 19,6
	li 30,1
	addi 9,9,1
	stw 9,32(1)
.L49:
	andi. 9,30,0x1
	addi 8,30,-1
	addi 9,23,-1
	mr 10,30
	beq- 0,.L105
	lbz 7,0(23)
	mulli 31,31,31
	cmpwi 0,8,0
	mr 9,23
	add 31,7,31
	beq- 0,.L121
.L105:
	srwi 10,10,1
	mtctr 10
.L58:
	lbz 10,1(9)
	mulli 31,31,31
	lbz 8,2(9)
	addi 9,9,2
	add 10,10,31
	mulli 10,10,31
	add 31,8,10
	bdnz .L58
.L121:
	srw 9,24,19
	mulli 31,31,17
	andi. 9,9,0x1
	add 31,31,19
	bne- 0,.L128
	add 23,23,30
	b .L4
.L128:
	mr 3,22
	slwi 19,19,2
	bl print_int
	add 19,29,19
	mr 3,25
	bl print_str
	lwz 3,336(19)
	bl print_str
	mr 3,26
	bl print_str
	mr 4,23
	mr 5,30
	li 3,1
	bl write
	mr 3,27
	bl print_str
	add 23,23,30
	b .L4
.L11:
	cmpwi 0,9,48
	lbz 9,1(23)
	beq- 0,.L129
.L35:
	addi 9,9,-48
	li 30,1
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	bgt- 0,.L38
.L39:
	addi 30,30,1
	lbzx 9,23,30
	addi 9,9,-48
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	ble+ 0,.L39
.L38:
	lbzx 10,23,30
	li 19,8
	rlwinm 9,10,0,27,25
	addi 9,9,-65
	rlwinm 9,9,0,0xff
	cmplwi 0,9,25
	bgt- 0,.L130
.L42:
	lbzx 10,23,30
	rlwinm 9,10,0,27,25
	addi 9,9,-65
	rlwinm 9,9,0,0xff
	cmplwi 0,9,25
	ble- 0,.L41
	rlwinm 9,10,0,0xff
	cmpwi 0,9,95
	beq- 0,.L41
	addi 10,10,-48
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	ble- 0,.L41
.L34:
	slwi 10,19,2
	lwzx 9,21,10
	addi 9,9,1
	stwx 9,21,10
	b .L49
.L8:
	lbz 8,1(23)
	lwz 10,28(1)
	cmpw 0,8,9
	addi 9,10,1
	beq- 0,.L56
	cmpwi 0,8,61
	beq- 0,.L56
.L57:
	stw 9,28(1)
	li 19,5
	li 30,1
	b .L49
.L12:
	lbz 9,1(23)
	cmpwi 0,9,47
	beq- 0,.L131
	cmpwi 0,9,42
	beq- 0,.L132
.L10:
	lbz 10,1(23)
	lwz 9,28(1)
	cmpwi 0,10,61
	addi 9,9,1
	bne+ 0,.L57
.L56:
	stw 9,28(1)
	li 19,5
	li 30,2
	b .L49
.L5:
	lwz 9,40(1)
	li 19,8
	li 30,1
	addi 9,9,1
	stw 9,40(1)
	b .L49
.L14:
	lbz 9,1(23)
	li 30,1
	li 10,1
	cmpwi 0,9,0
	bne+ 0,.L15
	b .L81
.L133:
	cmpwi 0,9,10
	beq- 0,.L81
	cmpwi 0,9,92
	li 9,1
	bne+ 0,.L43
	add 10,23,10
	lbz 10,1(10)
	addic 9,10,-1
	subfe 9,9,10
	addi 9,9,1
.L43:
	add 30,30,9
	lbzx 9,23,30
	mr 10,30
	cmpwi 0,9,0
	beq- 0,.L81
.L15:
	cmpwi 0,9,34
	bne+ 0,.L133
	lwz 9,20(1)
	addi 30,30,1
	li 19,3
	addi 9,9,1
	stw 9,20(1)
	b .L49
.L13:
	lbz 9,1(23)
	li 30,2
	cmpwi 0,9,92
	beq- 0,.L134
.L47:
	lbzx 9,23,30
	li 19,8
	cmpwi 0,9,39
	beq- 0,.L135
.L48:
	slwi 10,19,2
	addi 30,30,1
	lwzx 9,21,10
	addi 9,9,1
	stwx 9,21,10
	b .L49
.L41:
	addi 30,30,1
	b .L42
.L81:
	li 19,8
	b .L34
.L130:
	rlwinm 9,10,0,0xff
	cmpwi 0,9,95
	beq- 0,.L42
	addi 9,10,-48
	li 19,2
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	bgt- 0,.L42
	li 19,8
	b .L42
.L129:
	andi. 10,9,0xdf
	cmpwi 0,10,88
	bne+ 0,.L35
	li 30,2
.L36:
	lbzx 9,23,30
	addi 10,9,-48
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	ble- 0,.L37
	addi 9,9,-97
	rlwinm 9,9,0,0xff
	cmplwi 0,9,5
	bgt- 0,.L38
.L37:
	addi 30,30,1
	b .L36
.L135:
	li 19,4
	b .L48
.L134:
	li 30,3
	b .L47
.L131:
	li 30,1
	b .L50
.L136:
	cmpwi 0,9,10
	beq- 0,.L79
	addi 30,30,1
.L50:
	lbzx 9,23,30
	cmpwi 0,9,0
	bne+ 0,.L136
.L79:
	li 19,7
	b .L34
.L65:
	li 19,0
	b .L34
.L132:
	lbz 9,2(23)
	li 30,2
	addi 10,23,1
	cmpwi 0,9,0
	bne+ 0,.L53
	b .L81
.L54:
	addi 30,30,1
	lbzx 9,23,30
	cmpwi 0,9,0
	beq- 0,.L81
.L53:
	cmpwi 0,9,42
	bne+ 0,.L54
	lbzx 9,10,30
	cmpwi 0,9,47
	bne+ 0,.L54
	lwz 9,36(1)
	addi 30,30,2
	li 19,7
	addi 9,9,1
	stw 9,36(1)
	b .L49
.L20:
	lis 4,.LC6@ha
	li 5,6
	la 4,.LC6@l(4)
	mr 3,23
	bl memcmp
	cmpwi 0,3,0
	bne- 0,.L137
.L33:
	li 19,1
	b .L34
.L25:
	cmpwi 0,9,105
	beq- 0,.L138
	cmpwi 0,9,100
	li 19,0
	bne- 0,.L34
	lbz 19,1(23)
	xori 19,19,0x6f
	cntlzw 19,19
	srwi 19,19,5
	b .L34
.L24:
	cmpwi 0,9,102
	beq- 0,.L27
	cmpwi 0,9,105
	bne- 0,.L65
	lbz 9,1(23)
	li 19,0
	cmpwi 0,9,110
	bne+ 0,.L34
	lbz 19,2(23)
	xori 19,19,0x74
	cntlzw 19,19
	srwi 19,19,5
	b .L34
.L23:
	cmpwi 0,9,101
	beq- 0,.L29
	cmpwi 0,9,118
	beq- 0,.L30
	cmpwi 0,9,99
	bne+ 0,.L65
	lis 4,.LC1@ha
	li 5,4
	la 4,.LC1@l(4)
	mr 3,23
	bl memcmp
	cmpwi 0,3,0
	beq+ 0,.L33
	lis 4,.LC2@ha
	li 5,4
	la 4,.LC2@l(4)
	mr 3,23
	bl memcmp
	cntlzw 19,3
	srwi 19,19,5
	b .L34
.L22:
	lis 4,.LC4@ha
	li 5,5
	la 4,.LC4@l(4)
	mr 3,23
	bl memcmp
	cmpwi 0,3,0
	beq+ 0,.L33
	lis 4,.LC5@ha
	li 5,5
	la 4,.LC5@l(4)
	mr 3,23
	bl memcmp
	cntlzw 19,3
	srwi 19,19,5
	b .L34
.L137:
	lis 4,.LC7@ha
	li 5,6
	la 4,.LC7@l(4)
	mr 3,23
	bl memcmp
	cntlzw 19,3
	srwi 19,19,5
	b .L34
.L138:
	lbz 19,1(23)
	xori 19,19,0x66
	cntlzw 19,19
	srwi 19,19,5
	b .L34
.L27:
	lbz 9,1(23)
	li 19,0
	cmpwi 0,9,111
	bne+ 0,.L34
	lbz 19,2(23)
	xori 19,19,0x72
	cntlzw 19,19
	srwi 19,19,5
	b .L34
.L30:
	lis 4,.LC3@ha
	li 5,4
	la 4,.LC3@l(4)
	mr 3,23
	bl memcmp
	cntlzw 19,3
	srwi 19,19,5
	b .L34
.L29:
	lis 4,.LC0@ha
	li 5,4
	la 4,.LC0@l(4)
	mr 3,23
	bl memcmp
	cntlzw 19,3
	srwi 19,19,5
	b .L34
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	.rodata.str1.4
	.align 2
.LC13:
	.string	"ident"
	.align 2
.LC14:
	.string	"keyword"
	.align 2
.LC15:
	.string	"number"
	.align 2
.LC16:
	.string	"string"
	.align 2
.LC17:
	.string	"op"
	.align 2
.LC18:
	.string	"punct"
	.align 2
.LC19:
	.string	"comment"
	.align 2
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
