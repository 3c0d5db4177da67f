	.file	"text.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	format, @function
format:
.LFB0:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 31,3
	stw 6,36(1)
	li 6,1
	stw 7,40(1)
	addi 7,1,72
	stw 8,44(1)
	addi 8,1,24
	stw 4,28(1)
	stw 5,32(1)
	stw 9,48(1)
	stw 10,52(1)
	stb 6,8(1)
	stw 7,12(1)
	lbz 3,0(3)
	stw 8,16(1)
	cmpwi 0,3,0
	beq- 0,.L1
	mflr 0
	.cfi_register 65, 0
	stw 30,56(1)
	.cfi_offset 30, -8
	stw 0,68(1)
	.cfi_offset 65, 4
	lis 30,.L7@ha
	la 30,.L7@l(30)
.L2:
	cmpwi 0,3,37
	bne- 0,.L31
	lbz 3,1(31)
	addi 9,3,-76
	rlwinm 9,9,0,0xff
	cmplwi 0,9,44
	bgt- 0,.L5
	slwi 9,9,2
	lwzx 9,30,9
	add 9,9,30
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L7:
	.long .L12-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L11-.L7
	.long .L10-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L9-.L7
	.long .L5-.L7
	.long .L8-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L6-.L7
	.section	".text"
.L5:
	rlwinm 3,3,0,0xff
	bl put_char
.L15:
	addi 31,31,1
.L4:
	lbz 3,1(31)
	addi 31,31,1
	cmpwi 0,3,0
	bne+ 0,.L2
	lwz 0,68(1)
	lwz 30,56(1)
	.cfi_restore 30
	mtlr 0
	.cfi_restore 65
.L1:
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L6:
	.cfi_def_cfa_offset 64
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lbz 8,8(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L18
	lwz 9,16(1)
	addi 8,8,1
	stb 8,8(1)
	slwi 10,10,2
	add 9,9,10
.L19:
	lwz 3,0(9)
	bl put_hex
	b .L15
.L8:
	lbz 8,8(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L16
	lwz 9,16(1)
	addi 8,8,1
	stb 8,8(1)
	slwi 10,10,2
	add 9,9,10
.L17:
	lwz 4,0(9)
	li 3,0
	bl put_uint
	b .L15
.L9:
	lbz 8,8(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L20
	lwz 9,16(1)
	addi 8,8,1
	stb 8,8(1)
	slwi 10,10,2
	add 9,9,10
.L21:
	lwz 3,0(9)
	bl put_str
	b .L15
.L10:
	lbz 8,8(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L13
	lwz 9,16(1)
	addi 8,8,1
	stb 8,8(1)
	slwi 10,10,2
	add 9,9,10
.L14:
	lwz 4,0(9)
	srawi 3,4,31
	bl put_int
	b .L15
.L11:
	lbz 8,8(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L22
	lwz 9,16(1)
	addi 8,8,1
	stb 8,8(1)
	slwi 10,10,2
	add 9,9,10
.L23:
	lbz 3,3(9)
	bl put_char
	b .L15
.L12:
	lbz 9,8(1)
	rlwinm 10,9,0,0xff
	addi 9,9,1
	cmplwi 0,10,6
	rlwinm 9,9,0,0,30
	stb 9,8(1)
	bgt- 0,.L24
	lwz 10,16(1)
	rlwinm 8,9,2,22,28
	addi 9,9,2
	stb 9,8(1)
	add 9,10,8
.L25:
	lwz 3,0(9)
	lwz 4,4(9)
	bl put_int
	b .L15
.L31:
	bl put_char
	b .L4
.L24:
	lwz 9,12(1)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,12(1)
	b .L25
.L22:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L23
.L13:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L14
.L20:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L21
.L16:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L17
.L18:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L19
	.cfi_endproc
.LFE0:
	.size	format,.-format
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC1:
	.string	"Hello, PowerPC World"
	.align 2
.LC3:
	.string	"reversed: %s (%u letters)\n"
	.align 2
.LC4:
	.string	"%s %d %d -> %s %d %d\n"
	.align 2
.LC5:
	.string	"calls=%d hex=%x char=%c big=%L pct=%%\n"
	.align 2
.LC6:
	.string	"upper=%d\n"
	.align 2
.LC2:
	.string	"assembler"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	lis 10,.LC2@ha
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	la 9,.LC2@l(10)
	lwz 8,.LC2@l(10)
	lwz 10,4(9)
	mflr 0
	lhz 9,8(9)
	addi 3,1,88
	stw 8,88(1)
	stw 0,116(1)
	sth 9,96(1)
	stw 30,104(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	stw 10,92(1)
	bl strlen
	srwi. 9,3,1
	addi 8,1,88
	add 3,8,3
	beq- 0,.L36
	andi. 8,9,0x1
	addi 10,1,87
	addi 8,9,-1
	bne- 0,.L48
.L41:
	srwi 9,9,1
	mtctr 9
.L35:
	lbz 7,1(10)
	addi 8,10,1
	lbz 6,-1(3)
	addi 9,3,-1
	addi 10,10,2
	addi 3,3,-2
	stb 6,-1(10)
	stb 7,1(3)
	lbz 7,1(8)
	lbz 6,-1(9)
	stb 6,1(8)
	stb 7,-1(9)
	bdnz .L35
.L36:
	addi 3,1,88
	li 31,0
	bl strlen
	addi 4,1,88
	mr 5,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl format
	lis 9,.LANCHOR0@ha
	la 10,.LANCHOR0@l(9)
	li 8,109
	lwz 5,8(10)
	lis 3,.LC4@ha
	lwz 6,.LANCHOR0@l(9)
	li 12,4
	lwz 11,12(10)
	li 0,-3
	stw 5,16(1)
	la 3,.LC4@l(3)
	stb 8,16(1)
	li 9,-3
	lwz 30,4(10)
	li 8,4
	lwz 10,16(10)
	addi 7,1,56
	lwz 4,16(1)
	stw 6,68(1)
	li 6,-4
	stw 5,76(1)
	li 5,3
	stw 4,56(1)
	addi 4,1,76
	stw 10,84(1)
	stw 10,64(1)
	stw 11,80(1)
	stw 11,60(1)
	stw 12,48(1)
	stw 0,52(1)
	stw 30,72(1)
	bl format
	lis 9,.LANCHOR1@ha
	lis 3,.LC5@ha
	lwz 4,.LANCHOR1@l(9)
	lis 5,0xc0
	lis 8,0x8e04
	la 3,.LC5@l(3)
	ori 8,8,0xfb35
	ori 5,5,0xffee
	addi 4,4,4
	li 7,-288
	li 6,90
	stw 4,.LANCHOR1@l(9)
	bl format
	lis 8,.LC1@ha
	la 8,.LC1@l(8)
	li 10,72
.L34:
	addi 9,10,-65
	lbzu 10,1(8)
	rlwinm 9,9,0,0xff
	subfic 9,9,25
	rlwinm 7,10,0,0xff
	subfe 9,9,9
	cmpwi 0,7,0
	addi 9,9,1
	add 31,31,9
	bne+ 0,.L34
	lis 3,.LC6@ha
	mr 4,31
	la 3,.LC6@l(3)
	bl format
	lwz 0,116(1)
	mr 3,31
	lwz 30,104(1)
	lwz 31,108(1)
	addi 1,1,112
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L48:
	.cfi_restore_state
	lbz 7,88(1)
	cmpwi 0,8,0
	lbzu 8,-1(3)
	addi 10,1,88
	stb 8,88(1)
	stb 7,0(3)
	bne+ 0,.L41
	b .L36
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	calls.0, @object
	.size	calls.0, 4
calls.0:
	.zero	4
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
.LC0:
	.long	3
	.long	-4
	.string	"origin"
	.zero	5
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
